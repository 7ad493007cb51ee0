package org.griddesk.ledger;

import java.util.HashMap;
import java.util.Map;

import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees and changes which grid's ledger, by URL: a worker their own grids, community and street staff their
 * subtree read-only, nobody a sibling's. Outside the scope a household or person does not exist (404); read-only
 * roles are refused changes (403).
 */
@IntegrationTest
class LedgerScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Ledger ledger;

	@Autowired
	Regions regions;

	private final Map<String, Enrolment> byGrid = new HashMap<>();

	@BeforeEach
	void oneHouseholdPerGrid() {
		for (String grid : new String[] { "HQ-G1", "HQ-G3", "KX-G1", "XYS-G1" }) {
			this.byGrid.put(grid, LedgerFixtures.household(this.ledger, this.regions, grid,
					LedgerFixtures.person("范围" + grid)));
		}
	}

	@ParameterizedTest(name = "{0} opening a {1} household and person: {2}")
	@CsvSource({ "worker, HQ-G1, 200", "worker, HQ-G3, 404", "worker, KX-G1, 404", "worker, XYS-G1, 404",
			"worker2, HQ-G3, 200", "worker2, HQ-G1, 404", "worker2, KX-G1, 404", "community, HQ-G1, 200",
			"community, HQ-G3, 200", "community, KX-G1, 404", "community2, KX-G1, 200", "community2, HQ-G1, 404",
			"community2, HQ-G3, 404", "community2, XYS-G1, 404", "street, HQ-G3, 200", "street, KX-G1, 200",
			"street, XYS-G1, 404", "street2, XYS-G1, 200", "street2, HQ-G1, 404", "street2, KX-G1, 404",
			"district, HQ-G1, 200", "district, XYS-G1, 200" })
	void householdsAndPersonsOutsideTheScopeDoNotExist(String username, String grid, int expected) throws Exception {
		Enrolment enrolment = this.byGrid.get(grid);
		this.mvc.perform(get("/ledger/households/{id}", enrolment.householdId()).with(as(this.users, username)))
			.andExpect(status().is(expected));
		this.mvc.perform(get("/ledger/persons/{id}", enrolment.personIds().get(0)).with(as(this.users, username)))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} changing a {1} household: {2}")
	@CsvSource({ "worker, HQ-G1, 302", "worker, HQ-G3, 404", "worker, KX-G1, 404", "worker2, HQ-G3, 302",
			"worker2, HQ-G1, 404", "community, HQ-G1, 403", "community2, KX-G1, 403", "street, HQ-G1, 403",
			"street2, XYS-G1, 403", "district, HQ-G1, 403" })
	void onlyTheGridsOwnWorkersChangeIt(String username, String grid, int expected) throws Exception {
		Enrolment enrolment = this.byGrid.get(grid);
		Long personId = enrolment.personIds().get(0);
		this.mvc.perform(post("/ledger/persons/{id}/status", personId).with(as(this.users, username)).with(csrf())
			.param("status", "DECEASED"))
			.andExpect(status().is(expected));
		this.mvc.perform(get("/ledger/persons/{id}/edit", personId).with(as(this.users, username)))
			.andExpect(status().is(expected == 302 ? 200 : expected));
		this.mvc.perform(get("/ledger/households/{id}/edit", enrolment.householdId()).with(as(this.users, username)))
			.andExpect(status().is(expected == 302 ? 200 : expected));
		this.mvc.perform(post("/ledger/households/{id}", enrolment.householdId()).with(as(this.users, username))
			.with(csrf()).param("gridId", this.regions.findByCode(grid).id().toString()).param("building", "")
			.param("room", "").param("address", ""))
			.andExpect(status().is(expected == 302 ? 400 : expected));
	}

	@Test
	void readOnlyRolesSeeNoEditButtonsAndCannotOpenTheForms() throws Exception {
		Enrolment enrolment = this.byGrid.get("HQ-G1");
		this.mvc.perform(get("/ledger/households/{id}", enrolment.householdId()).with(as(this.users, "community")))
			.andExpect(content().string(not(containsString("id=\"household-edit\""))))
			.andExpect(content().string(not(containsString("id=\"person-new\""))));
		this.mvc.perform(get("/ledger/persons/{id}", enrolment.personIds().get(0)).with(as(this.users, "street")))
			.andExpect(content().string(not(containsString("id=\"person-edit\""))))
			.andExpect(content().string(not(containsString("id=\"status-form\""))));
		this.mvc.perform(get("/ledger").with(as(this.users, "community")))
			.andExpect(content().string(not(containsString("id=\"household-new\""))));
		this.mvc.perform(get("/ledger/households/new").with(as(this.users, "community"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/ledger/import").with(as(this.users, "street"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/ledger/households").with(as(this.users, "district")).with(csrf())
			.param("gridId", this.regions.findByCode("HQ-G1").id().toString()).param("building", "1")
			.param("room", LedgerFixtures.room()).param("address", "越权路"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/ledger/households/{id}", enrolment.householdId()).with(as(this.users, "worker")))
			.andExpect(content().string(containsString("id=\"household-edit\"")));
	}

	@Test
	void aWorkerCannotRegisterInAnotherGrid() throws Exception {
		this.mvc.perform(post("/ledger/households").with(as(this.users, "worker")).with(csrf())
			.param("gridId", this.regions.findByCode("HQ-G3").id().toString()).param("building", "1")
			.param("room", LedgerFixtures.room()).param("address", "越权路"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只能在您负责的网格中登记")));
		this.mvc.perform(get("/ledger/households/{id}/persons/new", this.byGrid.get("HQ-G3").householdId())
			.with(as(this.users, "worker"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/ledger/persons/{id}/move", this.byGrid.get("HQ-G1").personIds().get(0))
			.with(as(this.users, "worker")).with(csrf())
			.param("householdId", this.byGrid.get("HQ-G3").householdId().toString()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListShowsOnlyTheScopesHouseholds() throws Exception {
		String hq3 = "household-" + this.byGrid.get("HQ-G3").householdId() + "\"";
		this.mvc.perform(get("/ledger").param("q", "范围").with(as(this.users, "worker")))
			.andExpect(content().string(containsString("household-" + this.byGrid.get("HQ-G1").householdId() + "\"")))
			.andExpect(content().string(not(containsString(hq3))));
		this.mvc.perform(get("/ledger").param("q", "范围").with(as(this.users, "worker2")))
			.andExpect(content().string(containsString(hq3)));
		this.mvc.perform(get("/ledger").param("q", "范围").with(as(this.users, "street2")))
			.andExpect(content().string(containsString("household-" + this.byGrid.get("XYS-G1").householdId() + "\"")))
			.andExpect(content().string(not(containsString(hq3))));
	}

	@ParameterizedTest
	@CsvSource({ "resident", "department", "admin" })
	void rolesWithoutALedgerAreKeptOut(String username) throws Exception {
		this.mvc.perform(get("/ledger").with(as(this.users, username))).andExpect(status().isForbidden());
	}

}
