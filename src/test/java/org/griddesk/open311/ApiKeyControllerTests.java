package org.griddesk.open311;

import java.nio.charset.StandardCharsets;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiKeyControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApiKeys apiKeys;

	@Test
	void onlyAdministratorsManageKeys() throws Exception {
		this.mvc.perform(get("/admin/api-keys").with(as(this.users, "admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/api-keys").with(as(this.users, "district"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/api-keys")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aNewKeyIsShownOnceAndStoredOnlyAsAHash() throws Exception {
		String name = "小程序后台 " + System.nanoTime();
		MvcResult result = this.mvc
			.perform(post("/admin/api-keys").with(as(this.users, "admin"))
				.with(csrf())
				.param("name", name)
				.param("requestsPerMinute", "120"))
			.andExpect(status().isOk())
			.andReturn();
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String key = page.replaceAll("(?s).*id=\"new-api-key\">([^<]+)<.*", "$1");
		assertThat(key).startsWith("gd_").hasSize(46);
		assertThat(this.apiKeys.all()).filteredOn(row -> row.name().equals(name))
			.singleElement()
			.satisfies(row -> assertThat(row.keyPrefix()).isEqualTo(key.substring(0, 11)))
			.satisfies(row -> assertThat(row.requestsPerMinute()).isEqualTo(120));
		String listed = this.mvc.perform(get("/admin/api-keys").with(as(this.users, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(listed).contains(name).doesNotContain(key);
	}

	@Test
	void badInputStaysOnThePageWithMessages() throws Exception {
		String page = this.mvc
			.perform(post("/admin/api-keys").with(as(this.users, "admin"))
				.with(csrf())
				.param("name", " ")
				.param("requestsPerMinute", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("请填写名称").contains("1 到 10000").doesNotContain("new-api-key");
		String duplicate = this.mvc
			.perform(post("/admin/api-keys").with(as(this.users, "admin"))
				.with(csrf())
				.param("name", "演示客户端 Demo client")
				.param("requestsPerMinute", "10"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(duplicate).contains("已有同名的密钥");
	}

	@Test
	void limitsChangeAndKeysAreRevoked() throws Exception {
		NewApiKey key = this.apiKeys.create("改限测试 " + System.nanoTime(), 10);
		this.mvc
			.perform(post("/admin/api-keys/" + key.id() + "/limit").with(as(this.users, "admin"))
				.with(csrf())
				.param("requestsPerMinute", "99"))
			.andExpect(redirectedUrl("/admin/api-keys"))
			.andExpect(flash().attribute("success", "open311.apiKey.limited"));
		this.mvc
			.perform(post("/admin/api-keys/" + key.id() + "/revoke").with(as(this.users, "admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/api-keys"));
		assertThat(this.apiKeys.all()).filteredOn(row -> row.id().equals(key.id()))
			.singleElement()
			.satisfies(row -> assertThat(row.requestsPerMinute()).isEqualTo(99))
			.satisfies(row -> assertThat(row.revoked()).isTrue());
		this.mvc
			.perform(post("/admin/api-keys/-1/revoke").with(as(this.users, "admin")).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
