package org.griddesk.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.griddesk.region.Departments;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CategoryAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Catalog catalog;

	@Autowired
	Departments departments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listIsGroupedByKindWithOwnersAndWindows() throws Exception {
		String page = this.mvc.perform(get("/admin/categories").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"kind-SERVICE\"", "id=\"kind-APPEAL\"", "id=\"kind-COMPLAINT\"");
		assertThat(page.indexOf("id=\"category-S01\"")).isBetween(page.indexOf("id=\"kind-SERVICE\""),
				page.indexOf("id=\"kind-APPEAL\""));
		assertThat(page.indexOf("id=\"category-A01\"")).isBetween(page.indexOf("id=\"kind-APPEAL\""),
				page.indexOf("id=\"kind-COMPLAINT\""));
		assertThat(page).contains("停水报修", "供水公司", "120 小时");
	}

	@Test
	void newCategoryFormOffersTheDefaultAcceptWindow() throws Exception {
		this.mvc.perform(get("/admin/categories/new").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"24\"")));
	}

	@Test
	void adminAddsACategory() throws Exception {
		String code = code();
		this.mvc.perform(newCategory(code, "name", "路灯维修" + code))
			.andExpect(redirectedUrl("/admin/categories#category-" + code));
		assertThat(this.catalog.all()).anySatisfy(category -> {
			assertThat(category.code()).isEqualTo(code);
			assertThat(category.kind()).isEqualTo(TicketKind.APPEAL);
			assertThat(category.acceptWindowHours()).isEqualTo(24);
			assertThat(category.resolveWindowHours()).isEqualTo(72);
			assertThat(category.proxyCapable()).isTrue();
			assertThat(category.enabled()).isTrue();
		});
	}

	@Test
	void resolveWindowShorterThanAcceptWindowIsRefused() throws Exception {
		this.mvc.perform(newCategory(code(), "acceptWindowHours", "48", "resolveWindowHours", "24"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("办结时限不能短于接单时限")))
			.andExpect(content().string(containsString("value=\"48\"")));
	}

	@Test
	void departmentOwnerNeedsADepartment() throws Exception {
		this.mvc.perform(newCategory(code(), "ownerLevel", "DEPARTMENT", "departmentId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("由职能部门负责的事项须指定部门")));
	}

	@Test
	void duplicateCodeIsRefused() throws Exception {
		this.mvc.perform(newCategory("S01", "name", "重复编码事项"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该事项编码已被使用")))
			.andExpect(content().string(containsString("value=\"重复编码事项\"")));
	}

	@Test
	void hoursMustBeWholeNumbers() throws Exception {
		this.mvc.perform(newCategory(code(), "acceptWindowHours", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入整数")));
	}

	@Test
	void hoursMustBeInRange() throws Exception {
		this.mvc.perform(newCategory(code(), "acceptWindowHours", "0", "resolveWindowHours", "9000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("接单时限须在 1 到 720 小时之间")))
			.andExpect(content().string(containsString("办结时限须在 1 到 8760 小时之间")));
	}

	@Test
	void adminEditsACategory() throws Exception {
		String code = code();
		CategoryView category = this.catalog.create(code, new CategoryDefinition("待编辑事项" + code, null,
				TicketKind.COMPLAINT, OwnerLevel.GRID, null, 24, 72, false, true));
		Long water = this.departments.all().stream().filter(d -> d.code().equals("GS")).findFirst().orElseThrow().id();
		this.mvc.perform(get("/admin/categories/{id}", category.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待编辑事项" + code)));
		this.mvc.perform(post("/admin/categories/{id}", category.id()).with(admin()).with(csrf())
			.param("name", "已编辑事项" + code)
			.param("description", "说明")
			.param("kind", "APPEAL")
			.param("ownerLevel", "DEPARTMENT")
			.param("departmentId", water.toString())
			.param("acceptWindowHours", "4")
			.param("resolveWindowHours", "48")
			.param("_proxyCapable", "on")
			.param("_enabled", "on")
			.param("windowCalendar", "WALL_CLOCK"))
			.andExpect(redirectedUrl("/admin/categories#category-" + code));
		CategoryView edited = this.catalog.get(category.id());
		assertThat(edited.name()).isEqualTo("已编辑事项" + code);
		assertThat(edited.ownerLevel()).isEqualTo(OwnerLevel.DEPARTMENT);
		assertThat(edited.departmentId()).isEqualTo(water);
		assertThat(edited.acceptWindowHours()).isEqualTo(4);
		assertThat(edited.enabled()).isFalse();
		assertThat(edited.code()).isEqualTo(code);
	}

	@Test
	void adminCountsACategoryInWorkingHoursAndTheAuditSaysSo() throws Exception {
		String code = code();
		this.mvc.perform(newCategory(code, "windowCalendar", "WORKING_HOURS"))
			.andExpect(redirectedUrl("/admin/categories#category-" + code));
		CategoryView created = this.catalog.all()
			.stream()
			.filter(category -> category.code().equals(code))
			.findFirst()
			.orElseThrow();
		assertThat(created.windowCalendar()).isEqualTo(WindowCalendar.WORKING_HOURS);
		this.mvc.perform(get("/admin/categories/{id}", created.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"WORKING_HOURS\" selected=\"selected\">")));
		assertThat(lastAudit(created.id())).startsWith("CATEGORY_CREATED").contains("windows=WORKING_HOURS");

		this.mvc.perform(post("/admin/categories/{id}", created.id()).with(admin()).with(csrf())
			.param("name", created.name())
			.param("kind", "APPEAL")
			.param("ownerLevel", "GRID")
			.param("acceptWindowHours", "24")
			.param("resolveWindowHours", "72")
			.param("_enabled", "on")
			.param("enabled", "true")
			.param("windowCalendar", "WALL_CLOCK"))
			.andExpect(redirectedUrl("/admin/categories#category-" + code));
		assertThat(this.catalog.get(created.id()).windowCalendar()).isEqualTo(WindowCalendar.WALL_CLOCK);
		assertThat(lastAudit(created.id())).startsWith("CATEGORY_UPDATED").contains("windows=WALL_CLOCK");
	}

	@Test
	void editingKeepsTheWindowCalendarItShows() throws Exception {
		String code = code();
		CategoryView category = this.catalog.create(code, new CategoryDefinition("工作时间事项" + code, null,
				TicketKind.SERVICE, OwnerLevel.GRID, null, 8, 40, false, true, WindowCalendar.WORKING_HOURS));
		this.mvc.perform(get("/admin/categories/{id}", category.id()).with(admin()))
			.andExpect(content().string(containsString("<option value=\"WORKING_HOURS\" selected=\"selected\">")));
	}

	@Test
	void aMissingWindowCalendarIsAFieldError() throws Exception {
		this.mvc.perform(newCategory(code(), "windowCalendar", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"form-select is-invalid\" aria-describedby=\"windowCalendar-hint\"")));
	}

	/** The newest audit entry about the category: its action and details. */
	private String lastAudit(Long categoryId) {
		return this.jdbc.queryForObject("SELECT action || ' ' || coalesce(detail, '') FROM audit_log "
				+ "WHERE target_type = 'CATEGORY' AND target_id = ? ORDER BY id DESC LIMIT 1", String.class,
				categoryId);
	}

	/** A valid new category with the given fields changed ("name", "value", …). */
	private MockHttpServletRequestBuilder newCategory(String code, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("name", "测试事项" + code);
		fields.put("description", "测试用");
		fields.put("kind", "APPEAL");
		fields.put("ownerLevel", "GRID");
		fields.put("acceptWindowHours", "24");
		fields.put("resolveWindowHours", "72");
		fields.put("proxyCapable", "true");
		fields.put("_proxyCapable", "on");
		fields.put("enabled", "true");
		fields.put("_enabled", "on");
		fields.put("windowCalendar", "WALL_CLOCK");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/categories/new").with(admin()).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private RequestPostProcessor admin() {
		return as(this.users, "admin");
	}

	private static String code() {
		return "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
	}

}
