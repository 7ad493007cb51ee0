package org.griddesk.account;

import java.util.List;

import org.griddesk.catalog.Catalog;
import org.griddesk.region.Departments;
import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administration is for administrators: every page renders for them and answers 403 to everyone else. */
@IntegrationTest
class AdminAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	Catalog catalog;

	@Test
	void everyAdministrationPageRendersForTheAdmin() throws Exception {
		for (String page : adminPages()) {
			this.mvc.perform(get(page).with(as(this.users, "admin"))).andExpect(status().isOk());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "resident", "worker", "worker2", "community", "community2", "street", "street2",
			"district", "department" })
	void everyOtherRoleIsForbidden(String username) throws Exception {
		for (String page : adminPages()) {
			this.mvc.perform(get(page).with(as(this.users, username))).andExpect(status().isForbidden());
		}
		Long grid = this.regions.findByCode("HQ-G1").id();
		this.mvc.perform(post("/admin/regions/{id}/name", grid).with(as(this.users, username)).with(csrf())
			.param("name", "被篡改的网格"))
			.andExpect(status().isForbidden());
		assertThat(this.regions.get(grid).name()).isEqualTo("第一网格");
	}

	@Test
	void communityStaffCannotReachAnotherCommunityThroughTheAdministration() throws Exception {
		Long otherCommunity = this.regions.findByCode("KX").id();
		Long otherCommunitysStaff = ((CurrentUser) this.users.loadUserByUsername("community2")).id();
		this.mvc.perform(get("/admin/regions/{id}", otherCommunity).with(as(this.users, "community")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/accounts/{id}", otherCommunitysStaff).with(as(this.users, "community")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/accounts/{id}/password", otherCommunitysStaff).with(as(this.users, "community"))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/regions/{id}/location", otherCommunity).with(as(this.users, "community"))
			.with(csrf())
			.param("latitude", "1")
			.param("longitude", "1")).andExpect(status().isForbidden());
		assertThat(this.regions.get(otherCommunity).latitude()).isNull();
	}

	@Test
	void postsWithoutCsrfTokenAreRefusedEvenForTheAdmin() throws Exception {
		this.mvc.perform(post("/admin/departments/new").with(as(this.users, "admin"))
			.param("code", "NOCSRF")
			.param("name", "无令牌部门")).andExpect(status().isForbidden());
	}

	private List<String> adminPages() {
		Long community = this.regions.findByCode("HQ").id();
		Long grid = this.regions.findByCode("HQ-G1").id();
		Long department = this.departments.all().get(0).id();
		Long category = this.catalog.all().get(0).id();
		Long account = ((CurrentUser) this.users.loadUserByUsername("worker")).id();
		return List.of("/admin", "/admin/regions", "/admin/regions/" + community, "/admin/regions/" + grid,
				"/admin/regions/" + community + "/new", "/admin/departments", "/admin/departments/new",
				"/admin/departments/" + department, "/admin/accounts", "/admin/accounts?q=worker",
				"/admin/accounts/new", "/admin/accounts/" + account, "/admin/categories", "/admin/categories/new",
				"/admin/categories/" + category);
	}

}
