package org.griddesk.ticket;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who reaches a HQ-G1 ticket by URL: its grid's worker handles it, its chain of command reads it, nobody else sees it. */
@IntegrationTest
class StaffTicketScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@ParameterizedTest
	@ValueSource(strings = { "worker2", "community2", "street2", "department" })
	void outsideTheScopeTheTicketAndEveryActionOnItAre404(String username) throws Exception {
		Long submitted = this.fixtures.submitted("HQ-G1");
		Long inHand = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(inHand, this.fixtures.actor("worker"));

		this.mvc.perform(get("/tickets/{id}", submitted).with(as(this.users, username)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/tickets/{id}", inHand).with(as(this.users, username))).andExpect(status().isNotFound());
		for (MockHttpServletRequestBuilder action : new MockHttpServletRequestBuilder[] {
				post("/tickets/{id}/accept", submitted), post("/tickets/{id}/start", inHand),
				post("/tickets/{id}/notes", inHand).param("note", "看看"),
				post("/tickets/{id}/proxy-visits", inHand).param("visitedAt", now()).param("outcome", "上门"),
				post("/tickets/{id}/resolve", inHand).param("resolution", "已处理"),
				post("/tickets/{id}/reject", submitted).param("reason", "不归我管") }) {
			this.mvc.perform(action.with(csrf()).with(as(this.users, username))).andExpect(status().isNotFound());
		}
		assertThat(this.tickets.view(submitted, this.fixtures.actor("worker")).status())
			.isEqualTo(TicketStatus.SUBMITTED);
		assertThat(this.tickets.timeline(inHand, this.fixtures.actor("worker")))
			.extracting(TimelineEntry::type)
			.containsExactly(TicketEventType.SUBMITTED, TicketEventType.ROUTED, TicketEventType.ACCEPTED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "community", "street", "district" })
	void theChainOfCommandReadsAGridTicketButDoesNotTakeIt(String username) throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"timeline\"")))
			.andExpect(content().string(containsString("id=\"ticket-read-only\"")))
			.andExpect(content().string(not(containsString("id=\"action-accept\""))))
			.andExpect(content().string(not(containsString("id=\"reject-form\""))));
		this.mvc.perform(post("/tickets/{id}/accept", id).with(csrf()).with(as(this.users, username)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不由您负责办理")));
		this.mvc.perform(post("/tickets/{id}/reject", id).param("reason", "不归网格").with(csrf())
			.with(as(this.users, username))).andExpect(status().isConflict());
		assertThat(this.tickets.view(id, this.fixtures.actor("worker")).status()).isEqualTo(TicketStatus.SUBMITTED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "worker", "worker2" })
	void eachWorkerHandlesTheTicketsOfTheirOwnGrids(String username) throws Exception {
		Long id = this.fixtures.submitted("worker".equals(username) ? "HQ-G2" : "HQ-G3");
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-accept\"")));
		this.mvc.perform(post("/tickets/{id}/accept", id).with(csrf()).with(as(this.users, username)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tickets.view(id, this.fixtures.actor(username)).status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	private static String now() {
		return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
	}

}
