package org.griddesk.ticket;

import java.util.UUID;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkerFilingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private Long personIn(String gridCode) {
		return this.jdbc.queryForObject("SELECT min(p.id) FROM person p JOIN household h ON h.id = p.household_id "
				+ "JOIN region g ON g.id = h.grid_id WHERE g.code = ?", Long.class, gridCode);
	}

	@Test
	void workerFindsTheResidentOnTheLedgerWithMaskedData() throws Exception {
		String name = this.jdbc.queryForObject("SELECT name FROM person WHERE id = ?", String.class, personIn("HQ-G1"));
		this.mvc.perform(get("/worker/tickets/new").param("q", name).with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("****")));
	}

	@Test
	void ticketIsFiledWithPersonAndHouseholdWithoutRetyping() throws Exception {
		Long person = personIn("HQ-G1");
		MvcResult result = this.mvc
			.perform(post("/worker/tickets").with(csrf()).with(as(this.users, "worker"))
				.param("personId", person.toString())
				.param("channel", "PHONE")
				.param("categoryId", this.fixtures.category("A03").id().toString())
				.param("title", "楼道灯坏了")
				.param("description", "居民来电：二楼楼道灯不亮")
				.param("_proxyRequested", "on")
				.param("submissionKey", UUID.randomUUID().toString()))
			.andExpect(redirectedUrlPattern("/tickets/*"))
			.andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().substring("/tickets/".length()));
		TicketView ticket = this.tickets.view(id, this.fixtures.actor("worker"));
		assertThat(ticket.personId()).isEqualTo(person);
		assertThat(ticket.householdId()).isNotNull();
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("HQ-G1"));
		assertThat(ticket.channel()).isEqualTo(Channel.PHONE);
		assertThat(ticket.address()).isNotBlank();
	}

	@Test
	void badInputKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/worker/tickets").with(csrf()).with(as(this.users, "worker"))
				.param("personId", personIn("HQ-G1").toString())
				.param("channel", "WALK_IN")
				.param("title", "只写了标题")
				.param("description", "")
				.param("contactPhone", "12")
				.param("_proxyRequested", "on")
				.param("submissionKey", UUID.randomUUID().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只写了标题")))
			.andExpect(content().string(containsString("请选择事项清单中的事项")))
			.andExpect(content().string(containsString("请输入有效的手机号或座机号")));
	}

	@Test
	void aKeyAnotherAccountSentIsRefusedAndTheFormComesBackWithItsOwn() throws Exception {
		String key = UUID.randomUUID().toString();
		Long theirs = this.fixtures.submittedWithKey("HQ-G1", key);
		String page = this.mvc.perform(filing(key))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("这张表单已被另一个账号提交过"), containsString("楼道积水"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String fresh = ResidentTicketWebIntegrationTests.submissionKey(page);
		assertThat(fresh).hasSize(36).isNotEqualTo(key);
		this.mvc.perform(filing(fresh))
			.andExpect(redirectedUrlPattern("/tickets/*"))
			.andExpect(header().string("Location", not("/tickets/" + theirs)));
	}

	private MockHttpServletRequestBuilder filing(String submissionKey) {
		return post("/worker/tickets").with(csrf())
			.with(as(this.users, "worker"))
			.param("personId", personIn("HQ-G1").toString())
			.param("channel", "WALK_IN")
			.param("categoryId", this.fixtures.category("A03").id().toString())
			.param("title", "楼道积水")
			.param("description", "居民来访：一楼楼道积水")
			.param("_proxyRequested", "on")
			.param("submissionKey", submissionKey);
	}

	@Test
	void personsOfOtherGridsDoNotExistForTheWorker() throws Exception {
		Long elsewhere = personIn("HQ-G3");
		this.mvc.perform(get("/worker/tickets/new").param("personId", elsewhere.toString())
			.with(as(this.users, "worker"))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/worker/tickets").with(csrf()).with(as(this.users, "worker"))
				.param("personId", elsewhere.toString())
				.param("channel", "WALK_IN")
				.param("categoryId", this.fixtures.category("C01").id().toString())
				.param("title", "t")
				.param("description", "d")
				.param("_proxyRequested", "on")
				.param("submissionKey", UUID.randomUUID().toString()))
			.andExpect(status().isNotFound());
		String name = this.jdbc.queryForObject("SELECT name FROM person WHERE id = ?", String.class, elsewhere);
		this.mvc.perform(get("/worker/tickets/new").param("q", name).with(as(this.users, "worker2")))
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/worker/tickets/new").with(as(this.users, "community")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/worker/tickets/new").param("q", "zzzz-nobody").with(as(this.users, "worker")))
			.andExpect(content().string(not(containsString("list-group-item"))));
	}

}
