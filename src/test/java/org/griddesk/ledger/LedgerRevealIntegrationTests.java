package org.griddesk.ledger;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LedgerRevealIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Ledger ledger;

	@Autowired
	Regions regions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void revealingIsLoggedAndShownOnTheNextPageOnly() throws Exception {
		PersonDetails details = LedgerFixtures.person("查看测试");
		Long personId = LedgerFixtures.household(this.ledger, this.regions, "HQ-G1", details).personIds().get(0);
		Cookie session = this.mvc
			.perform(post("/ledger/persons/{id}/reveal", personId).with(as(this.users, "worker")).with(csrf())
				.param("field", "ID_NUMBER").param("reason", "代办社保卡需核对身份证号"))
			.andExpect(redirectedUrl("/ledger/persons/" + personId))
			.andExpect(flash().attribute("revealedIdNumber", details.idNumber()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("the session that carries the flash attribute").isNotNull();
		this.mvc.perform(post("/ledger/persons/{id}/reveal", personId).with(as(this.users, "community")).with(csrf())
			.param("field", "PHONE").param("reason", "电话回访"))
			.andExpect(flash().attribute("revealedPhone", details.phone()));

		List<Map<String, Object>> log = this.jdbc.queryForList(
				"SELECT actor_name, actor_role, field, reason, at FROM personal_data_access WHERE person_id = ? ORDER BY id",
				personId);
		assertThat(log).hasSize(2);
		assertThat(log.get(0)).containsEntry("actor_name", "李建国").containsEntry("actor_role", "GRID_WORKER")
			.containsEntry("field", "ID_NUMBER").containsEntry("reason", "代办社保卡需核对身份证号");
		assertThat(log.get(0).get("at")).isNotNull();
		assertThat(log.get(1)).containsEntry("actor_name", "黄美玲").containsEntry("field", "PHONE");

		this.mvc.perform(get("/ledger/persons/{id}", personId).with(as(this.users, "worker")).cookie(session))
			.andExpect(content().string(containsString("id=\"id-number-revealed\"")))
			.andExpect(content().string(containsString(details.idNumber())))
			.andExpect(content().string(containsString("代办社保卡需核对身份证号")));
		this.mvc.perform(get("/ledger/persons/{id}", personId).with(as(this.users, "worker")).cookie(session))
			.andExpect(content().string(not(containsString(details.idNumber()))))
			.andExpect(content().string(not(containsString(details.phone()))));
	}

	@Test
	void aReasonIsRequired() throws Exception {
		Long personId = LedgerFixtures.household(this.ledger, this.regions, "HQ-G1", LedgerFixtures.person("事由测试"))
			.personIds()
			.get(0);
		this.mvc.perform(post("/ledger/persons/{id}/reveal", personId).with(as(this.users, "worker")).with(csrf())
			.param("field", "PHONE").param("reason", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写查看事由")));
		assertThat(accessCount(personId)).isZero();
	}

	@ParameterizedTest(name = "{0} revealing in {1}: {2}")
	@CsvSource({ "street, HQ-G1, 403", "district, HQ-G1, 403", "street2, XYS-G1, 403", "worker2, HQ-G1, 404",
			"community2, HQ-G1, 404", "worker, HQ-G3, 404" })
	void commandersAboveTheCommunityAndOtherGridsAreRefused(String username, String grid, int expected)
			throws Exception {
		Long personId = LedgerFixtures.household(this.ledger, this.regions, grid, LedgerFixtures.person("拒绝测试"))
			.personIds()
			.get(0);
		this.mvc.perform(post("/ledger/persons/{id}/reveal", personId).with(as(this.users, username)).with(csrf())
			.param("field", "ID_NUMBER").param("reason", "想看看"))
			.andExpect(status().is(expected));
		assertThat(accessCount(personId)).isZero();
	}

	@Test
	void readOnlyCommandersGetNoRevealButton() throws Exception {
		Long personId = LedgerFixtures.household(this.ledger, this.regions, "HQ-G1", LedgerFixtures.person("按钮测试"))
			.personIds()
			.get(0);
		this.mvc.perform(get("/ledger/persons/{id}", personId).with(as(this.users, "street")))
			.andExpect(content().string(not(containsString("id-number-reveal-form"))));
		this.mvc.perform(get("/ledger/persons/{id}", personId).with(as(this.users, "community")))
			.andExpect(content().string(containsString("id-number-reveal-form")));
	}

	private int accessCount(Long personId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE person_id = ?", Integer.class,
				personId);
	}

}
