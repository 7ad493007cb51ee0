package org.griddesk.account;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.griddesk.support.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Test
	void anonymousVisitorsAreSentToLogin() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/worker/queue")).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@CsvSource({ "resident, /my/tickets", "worker, /worker/queue", "community, /command", "street, /command",
			"district, /command", "department, /department/inbox", "admin, /admin" })
	void everyRoleLandsOnItsOwnHome(String username, String home) throws Exception {
		this.mvc.perform(formLogin().user(username).password("griddesk"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").with(as(this.users, username))).andExpect(redirectedUrl(home));
	}

	@ParameterizedTest
	@CsvSource({ "resident, /admin", "resident, /worker/queue", "worker, /command", "worker, /admin",
			"community, /admin", "community, /worker/queue", "department, /command", "admin, /my/tickets",
			"street, /department/inbox" })
	void rolesCannotEnterOtherRolesAreas(String username, String path) throws Exception {
		this.mvc.perform(get(path).with(as(this.users, username))).andExpect(status().isForbidden());
	}

	@Test
	void wrongPasswordSaysSoWithoutTellingWhichPartWasWrong() throws Exception {
		this.mvc.perform(formLogin().user("nobody-such").password("whatever1"))
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		this.accounts.createWithPassword(new StaffAccount("lockme", "锁定测试", null, Role.RESIDENT,
				java.util.Set.of(), null), "right-pass1");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("lockme").password("wrong-pass" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc.perform(formLogin().user("lockme").password("right-pass1"))
			.andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("锁定")));
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/register").param("displayName", "张三").param("phone", "13912345678"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", "admin").param("password", "griddesk"))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(ExpiredFormHandler.EXPIRED_FORM, true));
	}

	@Test
	void aRefusalForLackOfPermissionIsNotCalledAnExpiredForm() throws Exception {
		this.mvc.perform(get("/admin").with(as(this.users, "worker")))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(ExpiredFormHandler.EXPIRED_FORM, org.hamcrest.Matchers.nullValue()));
	}

	@Test
	void pagesCarryAContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
	}

	@Test
	void residentsRegisterAndSignInWithTheirPhone() throws Exception {
		this.mvc.perform(post("/register").with(csrf())
			.param("displayName", "刘洋")
			.param("phone", "13912340001")
			.param("password", "Sunny2025day")
			.param("confirmPassword", "Sunny2025day")).andExpect(redirectedUrl("/login?username=13912340001"));
		this.mvc.perform(formLogin().user("13912340001").password("Sunny2025day")).andExpect(redirectedUrl("/"));
	}

	@ParameterizedTest
	@CsvSource({ "12345, abcdefg123, 请输入有效的 11 位手机号", "13800000001, Sunny2025day, 该手机号已注册",
			"13912340002, password1, 这个密码太常见", "13912340003, onlyletters, 须同时包含字母和数字",
			"13912340004, ab1, 至少 8 位", "13912340005, x13912340005, 不能包含手机号" })
	void registrationRejectsBadInputWithAClearMessage(String phone, String password, String message) throws Exception {
		this.mvc.perform(post("/register").with(csrf())
			.param("displayName", "测试")
			.param("phone", phone)
			.param("password", password)
			.param("confirmPassword", password))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(message)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + phone + "\"")));
	}

}
