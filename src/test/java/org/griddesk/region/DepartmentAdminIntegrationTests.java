package org.griddesk.region;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DepartmentAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Departments departments;

	@Test
	void listShowsTheDepartmentsWithTheirPhones() throws Exception {
		this.mvc.perform(get("/admin/departments").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("供水公司")))
			.andExpect(content().string(containsString("0467-2361005")));
	}

	@Test
	void adminAddsADepartment() throws Exception {
		String code = RegionAdminIntegrationTests.unique("D");
		this.mvc.perform(post("/admin/departments/new").with(admin()).with(csrf())
			.param("code", code)
			.param("name", "区应急管理局" + code)
			.param("phone", "0467-2361099"))
			.andExpect(redirectedUrl("/admin/departments"))
			.andExpect(flash().attribute("success", "department.created"));
		assertThat(this.departments.all()).anySatisfy(department -> {
			assertThat(department.code()).isEqualTo(code);
			assertThat(department.phone()).isEqualTo("0467-2361099");
			assertThat(department.enabled()).isTrue();
		});
	}

	@Test
	void duplicateCodeAndNameAreRefusedNextToTheField() throws Exception {
		this.mvc.perform(post("/admin/departments/new").with(admin()).with(csrf())
			.param("code", "GS")
			.param("name", "另一个供水公司")
			.param("phone", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该部门编码已被使用")))
			.andExpect(content().string(containsString("value=\"另一个供水公司\"")));
		this.mvc.perform(post("/admin/departments/new").with(admin()).with(csrf())
			.param("code", RegionAdminIntegrationTests.unique("D"))
			.param("name", "供水公司")
			.param("phone", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有同名部门")));
	}

	@Test
	void badPhoneIsRefused() throws Exception {
		this.mvc.perform(post("/admin/departments/new").with(admin()).with(csrf())
			.param("code", RegionAdminIntegrationTests.unique("D"))
			.param("name", "电话测试部门")
			.param("phone", "call us"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入有效的电话号码")))
			.andExpect(content().string(containsString("value=\"call us\"")));
	}

	@Test
	void adminRenamesAndDisablesADepartment() throws Exception {
		String code = RegionAdminIntegrationTests.unique("D");
		DepartmentView department = this.departments.create(code, "待改名部门" + code, null);
		this.mvc.perform(get("/admin/departments/{id}", department.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"department-code\"")));
		// an unchecked box arrives only as Spring's "_enabled" marker
		this.mvc.perform(post("/admin/departments/{id}", department.id()).with(admin()).with(csrf())
			.param("name", "已改名部门" + code)
			.param("phone", "12345")
			.param("_enabled", "on"))
			.andExpect(redirectedUrl("/admin/departments"));
		DepartmentView changed = this.departments.get(department.id());
		assertThat(changed.name()).isEqualTo("已改名部门" + code);
		assertThat(changed.phone()).isEqualTo("12345");
		assertThat(changed.code()).isEqualTo(code);
		assertThat(changed.enabled()).isFalse();
	}

	private RequestPostProcessor admin() {
		return as(this.users, "admin");
	}

}
