package org.griddesk.ticket;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.griddesk.account.Accounts;
import org.griddesk.account.CurrentUser;
import org.griddesk.account.RegisterResident;
import org.griddesk.ledger.HouseholdView;
import org.griddesk.ledger.Ledger;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #3's location rule: a resident linked to the ledger files from their own household (preselected), which
 * places and routes the ticket exactly as a worker's filing from the ledger does; another household is refused;
 * a resident the ledger does not know gets the street → community → grid pickers.
 */
@IntegrationTest
class ResidentHomeLocationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	Tickets tickets;

	@Autowired
	Accounts accounts;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void linkedResidentFindsTheirOwnHouseholdPreselectedAndShownPlainly() throws Exception {
		HouseholdView home = homeOf("resident");
		this.mvc.perform(get("/my/tickets/new").with(as(this.users, "resident")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"location-home\""),
					containsString("value=\"" + home.id() + "\" data-hides=\"other-location\" checked"),
					containsString("红旗路 18 号（红旗小区） 1-1-101"),
					containsString("红旗社区 第一网格"), containsString("id=\"location-other\""),
					containsString("id=\"streetId\""))));
	}

	@Test
	void linkedResidentFilingFromHomeGetsTheHouseholdItsGridAndThePerson() throws Exception {
		HouseholdView home = homeOf("resident");
		String title = "家里水管漏水 " + UUID.randomUUID();
		MvcResult result = this.mvc
			.perform(submission(title, "householdId", home.id().toString(), "gridId", "", "address", "")
				.with(as(this.users, "resident")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/my/tickets/*"))
			.andReturn();
		TicketView ticket = this.tickets.view(idFrom(result), this.fixtures.actor("resident"));
		assertThat(ticket.householdId()).isEqualTo(home.id());
		assertThat(ticket.personId()).isEqualTo(personOf("resident"));
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("HQ-G1"));
		assertThat(ticket.address()).isEqualTo(home.fullAddress());
		assertThat(this.tickets.timeline(ticket.id(), this.fixtures.actor("resident")))
			.extracting(TimelineEntry::type)
			.containsExactly(TicketEventType.SUBMITTED, TicketEventType.ROUTED);
	}

	@Test
	void theHouseholdDecidesTheGridWhateverThePickersSay() throws Exception {
		String resident = newResident();
		Long personId = this.jdbc.queryForObject("select p.id from person p join household h on h.id = p.household_id "
				+ "where h.grid_id = ? order by p.id limit 1", Long.class, this.fixtures.grid("KX-G1"));
		this.accounts.linkPerson(accountId(resident), personId);
		HouseholdView home = this.ledger.householdOfPerson(personId).orElseThrow();
		MvcResult result = this.mvc
			.perform(submission("康新家园门口路灯坏了", "householdId", home.id().toString())
				.with(as(this.users, resident)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		TicketView ticket = this.tickets.view(idFrom(result), this.fixtures.actor(resident));
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("KX-G1")).isEqualTo(home.gridId());
		assertThat(ticket.householdId()).isEqualTo(home.id());
		assertThat(ticket.personId()).isEqualTo(personId);
	}

	@Test
	void anotherHouseholdIsRefusedWithAMessageAndTheFormKept() throws Exception {
		HouseholdView home = homeOf("resident");
		Long neighbour = this.jdbc.queryForObject("select id from household where id <> ? order by id limit 1",
				Long.class, home.id());
		String title = "冒用邻居地址 " + UUID.randomUUID();
		this.mvc
			.perform(submission(title, "householdId", neighbour.toString()).with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "householdId", "ticket.error.notYourHousehold"))
			.andExpect(content().string(allOf(containsString("id=\"householdId-error\""),
					containsString("只能选择您本人在台账上登记的住址"), containsString(title))));
		this.mvc.perform(submission(title, "householdId", "no-number").with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "householdId", "typeMismatch"));
		assertThat(this.jdbc.queryForObject("select count(*) from ticket where title = ?", Long.class, title)).isZero();
	}

	@Test
	void residentUnknownToTheLedgerGetsThePickersAndCannotNameAHousehold() throws Exception {
		String resident = newResident();
		this.mvc.perform(get("/my/tickets/new").with(as(this.users, resident)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"streetId\""), containsString("id=\"gridId\""),
					containsString("id=\"address\""), not(containsString("id=\"location-home\"")),
					not(containsString("id=\"home-choice\"")))));
		String title = "未关联居民填门牌 " + UUID.randomUUID();
		this.mvc
			.perform(submission(title, "householdId", homeOf("resident").id().toString())
				.with(as(this.users, resident)))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "householdId", "ticket.error.notYourHousehold"));
		MvcResult result = this.mvc.perform(submission(title).with(as(this.users, resident)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		TicketView ticket = this.tickets.view(idFrom(result), this.fixtures.actor(resident));
		assertThat(ticket.householdId()).isNull();
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("HQ-G2"));
		assertThat(ticket.address()).isEqualTo("红旗社区 9 号楼");
	}

	@Test
	void anotherAddressStillNeedsItsGridAndAddress() throws Exception {
		this.mvc.perform(submission("其他地址未填", "gridId", "", "address", " ").with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "gridId", "ticket.form.gridRequired"))
			.andExpect(model().attributeHasFieldErrorCode("form", "address", "ticket.error.textRequired"))
			.andExpect(content().string(containsString("请依次选择街道、社区和网格")));
	}

	private HouseholdView homeOf(String username) {
		return this.ledger.householdOfPerson(personOf(username)).orElseThrow();
	}

	private Long personOf(String username) {
		return this.accounts.get(accountId(username)).personId();
	}

	private Long accountId(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).id();
	}

	/** A freshly registered resident (signs in with the phone number), not linked to the ledger. */
	private String newResident() {
		String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		this.accounts.registerResident(new RegisterResident("刘新住户", phone, "Newcomer-pass7"));
		return phone;
	}

	/** A complete C01 submission for another address in HQ-G2, with single parameters replaced: name, value… */
	private MockMultipartHttpServletRequestBuilder submission(String title, String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("kind", "COMPLAINT");
		params.put("categoryId", this.fixtures.category("C01").id().toString());
		params.put("title", title);
		params.put("description", "请尽快处理");
		params.put("householdId", "");
		params.put("streetId", this.fixtures.grid("HJL").toString());
		params.put("communityId", this.fixtures.grid("HQ").toString());
		params.put("gridId", this.fixtures.grid("HQ-G2").toString());
		params.put("address", "红旗社区 9 号楼");
		params.put("contactPhone", "13800000001");
		params.put("submissionKey", UUID.randomUUID().toString());
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/my/tickets");
		params.forEach(request::param);
		request.with(csrf());
		return request;
	}

	private static Long idFrom(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		return Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
	}

}
