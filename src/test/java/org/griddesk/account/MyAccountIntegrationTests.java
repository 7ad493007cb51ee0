package org.griddesk.account;

import java.util.Set;
import java.util.UUID;

import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Everyone changes their own password and e-mail; a one-time password is good for nothing but that. */
@IntegrationTest
class MyAccountIntegrationTests {

	private static final String PASSWORD = "Grid2025own";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService users;

	@Test
	void aWorkerChangesTheirPasswordAndSignsInWithTheNewOneOnly() throws Exception {
		String username = worker(PASSWORD);
		this.mvc.perform(get("/account").with(as(this.users, username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-form\"")));

		this.mvc.perform(changePassword(username, PASSWORD, "Better2026pw", "Better2026pw"))
			.andExpect(redirectedUrl("/login?passwordChanged"));

		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin().user(username).password("Better2026pw")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongCurrentPasswordAWeakOneOrAMismatchAreToldOnThePageAndChangeNothing() throws Exception {
		String username = worker(PASSWORD);
		this.mvc.perform(changePassword(username, "not-it-2025", "Better2026pw", "Better2026pw"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		this.mvc.perform(changePassword(username, PASSWORD, "abcdefghij", "abcdefghij"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码须同时包含字母和数字")));
		this.mvc.perform(changePassword(username, PASSWORD, "Better2026pw", "Better2026px"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的密码不一致")));
		this.mvc.perform(changePassword(username, PASSWORD, PASSWORD, PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新密码不能与当前密码相同")));

		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anEmailAddressIsKeptForNotificationsAndABadOneIsRefused() throws Exception {
		String username = worker(PASSWORD);
		this.mvc.perform(post("/account/email").with(as(this.users, username)).with(csrf())
			.param("email", "not an address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入有效的电子邮箱地址")));
		this.mvc.perform(post("/account/email").with(as(this.users, username)).with(csrf())
			.param("email", "  wang.gw@example.org "))
			.andExpect(redirectedUrl("/account"));

		assertThat(this.accounts.get(idOf(username)).email()).isEqualTo("wang.gw@example.org");
	}

	@Test
	void aOneTimePasswordLeadsToTheAccountPageAndNowhereElseUntilReplaced() throws Exception {
		String username = "otp" + suffix();
		String oneTime = this.accounts.createStaff(new StaffAccount(username, "一次性", null, Role.GRID_WORKER,
				Set.of(this.regions.findByCode("HQ-G3").id()), null));

		this.mvc.perform(get("/worker/queue").with(as(this.users, username))).andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/tickets/1").with(as(this.users, username))).andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/account").with(as(this.users, username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-must-change\"")));

		this.mvc.perform(changePassword(username, oneTime, "Mine2026pass", "Mine2026pass"))
			.andExpect(redirectedUrl("/login?passwordChanged"));
		this.mvc.perform(get("/worker/queue").with(as(this.users, username))).andExpect(status().isOk());
	}

	@Test
	void aResetPasswordIsOneTimeAgain() throws Exception {
		String username = worker(PASSWORD);
		this.accounts.resetPassword(idOf(username));

		this.mvc.perform(get("/worker/queue").with(as(this.users, username))).andExpect(redirectedUrl("/account"));
	}

	private MockHttpServletRequestBuilder changePassword(String username,
			String current, String next, String confirm) {
		return post("/account/password").with(as(this.users, username))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm);
	}

	private String worker(String password) {
		String username = "own" + suffix();
		this.accounts.createWithPassword(new StaffAccount(username, "自助改密", null, Role.GRID_WORKER,
				Set.of(this.regions.findByCode("HQ-G3").id()), null), password);
		return username;
	}

	private Long idOf(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).id();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
