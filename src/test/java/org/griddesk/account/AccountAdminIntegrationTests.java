package org.griddesk.account;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.griddesk.audit.AuditRow;
import org.griddesk.audit.AuditTrail;
import org.griddesk.region.Departments;
import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	AuditTrail audit;

	@Test
	void aRenamedAccountIsNamedAnewOnTimelinesAtOnce() {
		String username = "rename" + System.nanoTime() % 100_000;
		Set<Long> grids = Set.of(this.regions.findByCode("HQ-G1").id());
		this.accounts.createStaff(new StaffAccount(username, "旧名字", null, Role.GRID_WORKER, grids, null));
		Long id = accountId(username);
		assertThat(this.accounts.displayNames(Set.of(id))).containsEntry(id, "旧名字");

		this.accounts.updateStaff(id, new StaffAccount(username, "新名字", null, Role.GRID_WORKER, grids, null));

		assertThat(this.accounts.displayNames(Set.of(id))).containsEntry(id, "新名字");
	}

	@Test
	void listShowsStaffWithTheirBindingsByNameButNoResidents() throws Exception {
		this.mvc.perform(get("/admin/accounts").param("q", "worker").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"account-worker\"")))
			.andExpect(content().string(containsString("红军路街道 / 红旗社区 / 第一网格")))
			.andExpect(content().string(containsString("红军路街道 / 红旗社区 / 第二网格")));
		this.mvc.perform(get("/admin/accounts").param("q", "陈水生").with(admin()))
			.andExpect(content().string(containsString("id=\"account-department\"")))
			.andExpect(content().string(containsString("供水公司")));
		this.mvc.perform(get("/admin/accounts").param("q", "resident").with(admin()))
			.andExpect(content().string(not(containsString("id=\"account-resident\""))));
	}

	@Test
	void newAccountsOneTimePasswordIsShownOnceAndSignsIn() throws Exception {
		String username = unique("w");
		MvcResult created = this.mvc
			.perform(newAccount(username, "GRID_WORKER", "gridIds", grid("HQ-G1"), "gridIds", grid("HQ-G2")))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andReturn();
		String password = (String) created.getFlashMap().get("issuedPassword");
		assertThat(password).hasSizeGreaterThanOrEqualTo(10);
		// the browser follows the redirect with its session cookie; the flash lives in the (JDBC) session
		Cookie session = created.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/admin/accounts").with(admin()).cookie(session))
			.andExpect(content().string(containsString("id=\"one-time-password\"")))
			.andExpect(content().string(containsString(password)));
		this.mvc.perform(get("/admin/accounts").with(admin()).cookie(session))
			.andExpect(content().string(not(containsString(password))));
		this.mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/"));
		AccountView account = this.accounts.staffMember(accountId(username));
		assertThat(account.role()).isEqualTo(Role.GRID_WORKER);
		assertThat(account.regionIds()).containsExactlyInAnyOrder(Long.valueOf(grid("HQ-G1")),
				Long.valueOf(grid("HQ-G2")));
		AuditRow latest = this.audit.recent(PageRequest.of(0, 1)).getContent().get(0);
		assertThat(latest.actor()).isEqualTo("admin");
		assertThat(latest.action()).isEqualTo("ACCOUNT_CREATED");
		assertThat(latest.detail()).doesNotContain(password);
	}

	@ParameterizedTest
	@CsvSource({ "ab, 用户名须为 3–32 位字母", "'has space', 用户名须为 3–32 位字母",
			"abcdefghijklmnopqrstuvwxyz1234567, 用户名须为 3–32 位字母", "张三丰, 用户名须为 3–32 位字母",
			"worker, 该用户名已被使用", "13912345678, 用户名不能是手机号" })
	void badOrTakenUserNamesAreRefusedNextToTheField(String username, String message) throws Exception {
		this.mvc.perform(newAccount(username, "COMMUNITY_STAFF", "communityId", region("HQ")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"" + username + "\"")));
	}

	@Test
	void regionOfTheWrongLevelIsRefused() throws Exception {
		this.mvc.perform(newAccount(unique("c"), "COMMUNITY_STAFF", "communityId", grid("HQ-G1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所选辖区的层级与角色不符")));
	}

	@Test
	void gridWorkerNeedsAGrid() throws Exception {
		this.mvc.perform(newAccount(unique("w"), "GRID_WORKER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网格员可绑定一个或多个网格")));
	}

	@Test
	void departmentStaffNeedsADepartment() throws Exception {
		this.mvc.perform(newAccount(unique("d"), "DEPARTMENT_STAFF", "departmentId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部门人员必须绑定一个职能部门")));
	}

	@Test
	void roleIsRequired() throws Exception {
		this.mvc.perform(newAccount(unique("r"), ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写此项")));
	}

	@Test
	void departmentStaffIsBoundToItsDepartmentOnly() throws Exception {
		String username = unique("d");
		String water = this.departments.all()
			.stream()
			.filter(department -> department.code().equals("GS"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		// region fields filled in by mistake are ignored for a role that has none
		this.mvc.perform(newAccount(username, "DEPARTMENT_STAFF", "departmentId", water, "communityId", region("HQ")))
			.andExpect(redirectedUrl("/admin/accounts"));
		AccountView account = this.accounts.get(accountId(username));
		assertThat(account.departmentId()).isEqualTo(Long.valueOf(water));
		assertThat(account.regionIds()).isEmpty();
	}

	@Test
	void adminEditsNamePhoneAndGrids() throws Exception {
		Long id = this.accounts.createWithPassword(new StaffAccount(unique("w"), "编辑前", null, Role.GRID_WORKER,
				Set.of(Long.valueOf(grid("KX-G1"))), null), "Before2025x");
		this.mvc.perform(get("/admin/accounts/{id}", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("编辑前")));
		this.mvc.perform(post("/admin/accounts/{id}", id).with(admin()).with(csrf())
			.param("displayName", "编辑后")
			.param("phone", phone())
			.param("gridIds", grid("KX-G2"), grid("KX-G3")))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		AccountView account = this.accounts.get(id);
		assertThat(account.displayName()).isEqualTo("编辑后");
		assertThat(account.regionIds()).containsExactlyInAnyOrder(Long.valueOf(grid("KX-G2")),
				Long.valueOf(grid("KX-G3")));
		AuditRow latest = this.audit.recent(PageRequest.of(0, 1)).getContent().get(0);
		assertThat(latest.actor()).isEqualTo("admin");
		assertThat(latest.action()).isEqualTo("ACCOUNT_UPDATED");
		assertThat(latest.targetId()).isEqualTo(id);
	}

	@Test
	void editRefusesABadPhoneKeepingWhatWasTyped() throws Exception {
		Long id = this.accounts.createWithPassword(new StaffAccount(unique("s"), "电话测试", null, Role.STREET_COMMANDER,
				Set.of(Long.valueOf(region("XY"))), null), "Before2025x");
		this.mvc.perform(post("/admin/accounts/{id}", id).with(admin()).with(csrf())
			.param("displayName", "电话测试")
			.param("phone", "12345")
			.param("streetId", region("XY")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入有效的 11 位手机号")))
			.andExpect(content().string(containsString("value=\"12345\"")));
	}

	@Test
	void disabledAccountCannotSignInUntilEnabledAgain() throws Exception {
		String username = unique("s");
		Long id = this.accounts.createWithPassword(new StaffAccount(username, "停用测试", null, Role.STREET_COMMANDER,
				Set.of(Long.valueOf(region("XY"))), null), "Street2025x");
		this.mvc.perform(post("/admin/accounts/{id}/enabled", id).with(admin()).with(csrf()).param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		this.mvc.perform(formLogin().user(username).password("Street2025x"))
			.andExpect(redirectedUrl("/login?error=disabled"));
		this.mvc.perform(post("/admin/accounts/{id}/enabled", id).with(admin()).with(csrf()).param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		this.mvc.perform(formLogin().user(username).password("Street2025x")).andExpect(redirectedUrl("/"));
		assertThat(this.audit.recent(PageRequest.of(0, 5)).getContent())
			.anySatisfy(row -> assertThat(row).extracting(AuditRow::actor, AuditRow::action, AuditRow::targetId)
				.containsExactly("admin", "ACCOUNT_DISABLED", id));
	}

	@Test
	void passwordResetLiftsALockOutAndIsShownOnce() throws Exception {
		String username = unique("l");
		Long id = this.accounts.createWithPassword(new StaffAccount(username, "锁定测试", null, Role.COMMUNITY_STAFF,
				Set.of(Long.valueOf(region("KX"))), null), "Locked2025x");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(username).password("wrong-" + i));
		}
		this.mvc.perform(formLogin().user(username).password("Locked2025x"))
			.andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(get("/admin/accounts/{id}", id).with(admin()))
			.andExpect(content().string(containsString("已锁定")));
		MvcResult reset = this.mvc.perform(post("/admin/accounts/{id}/password", id).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + id))
			.andReturn();
		String password = (String) reset.getFlashMap().get("issuedPassword");
		this.mvc.perform(get("/admin/accounts/{id}", id).with(admin()).cookie(reset.getResponse().getCookie("SESSION")))
			.andExpect(content().string(containsString(password)))
			.andExpect(content().string(not(containsString("已锁定"))));
		this.mvc.perform(formLogin().user(username).password("Locked2025x"))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/"));
	}

	@Test
	void residentsAreNotManagedHere() throws Exception {
		Long resident = this.accounts.registerResident(new RegisterResident("居民甲", phone(), "Home2025ab")).id();
		this.mvc.perform(get("/admin/accounts/{id}", resident).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void unknownAccountAnswers404() throws Exception {
		this.mvc.perform(get("/admin/accounts/{id}", Long.MAX_VALUE).with(admin())).andExpect(status().isNotFound());
	}

	/** A complete new-account form for a role, with extra fields as name/value pairs. */
	private MockHttpServletRequestBuilder newAccount(String username, String role, String... extra) {
		MockHttpServletRequestBuilder request = post("/admin/accounts/new").with(admin())
			.with(csrf())
			.param("username", username)
			.param("displayName", "新同事")
			.param("phone", "")
			.param("role", role);
		for (int i = 0; i < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return request;
	}

	private Long accountId(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).id();
	}

	private String grid(String code) {
		return region(code);
	}

	private String region(String code) {
		return this.regions.findByCode(code).id().toString();
	}

	private RequestPostProcessor admin() {
		return as(this.users, "admin");
	}

	static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36);
	}

	private static String phone() {
		return "139" + String.format("%08d", System.nanoTime() % 100_000_000);
	}

}
