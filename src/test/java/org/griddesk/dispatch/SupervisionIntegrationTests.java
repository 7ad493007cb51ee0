package org.griddesk.dispatch;

import java.time.Instant;
import java.util.List;

import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.Tickets;
import org.griddesk.ticket.TimelineEntry;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 督办: urging, the owner's answer, and escalation of an urge nobody answers. */
@IntegrationTest
class SupervisionIntegrationTests {

	@Autowired
	Supervision supervision;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTicketShowsHowOftenAndByWhomItWasUrged() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.supervision.urge(id, this.fixtures.actor("community"), "请尽快接单");
		this.supervision.urge(id, this.fixtures.actor("street"), "街道督办：今天内处理");
		List<UrgeView> urges = this.supervision.ofTicket(id);
		assertThat(urges).extracting(UrgeView::urgedByName).containsExactly("黄美玲", "付瑶");
		assertThat(urges).extracting(UrgeView::message).containsExactly("请尽快接单", "街道督办：今天内处理");
		List<TimelineEntry> timeline = this.tickets.timeline(id, this.fixtures.actor("worker"));
		assertThat(timeline).filteredOn(e -> e.type() == TicketEventType.URGED)
			.extracting(TimelineEntry::note)
			.containsExactly("请尽快接单", "街道督办：今天内处理");
	}

	@Test
	void urgingNeedsAMessageAnOpenTicketAndTheScope() {
		Long id = this.fixtures.submitted("HQ-G1");
		assertThatThrownBy(() -> this.supervision.urge(id, this.fixtures.actor("street2"), "x"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.supervision.urge(id, this.fixtures.actor("worker"), "x"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.supervision.urge(id, this.fixtures.actor("street"), " "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("message"));
		this.lifecycle.cancel(id, this.fixtures.actor("resident"), "不需要了");
		assertThatThrownBy(() -> this.supervision.urge(id, this.fixtures.actor("street"), "x"))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void theOwnersNextMoveAnswersTheUrge() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor community = this.fixtures.actor("community");
		this.supervision.urge(id, community, "请尽快接单");
		this.lifecycle.addNote(id, community, "我自己补一句");
		assertThat(this.supervision.ofTicket(id).get(0).answeredAt()).as("the urger's own note is no answer").isNull();
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		assertThat(this.supervision.ofTicket(id).get(0).answeredAt()).isNotNull();
		Long urge = this.supervision.ofTicket(id).get(0).id();
		backdate(urge);
		assertThat(this.supervision.escalate(urge, Instant.now())).isFalse();
	}

	@Test
	void anUnansweredUrgeEscalatesOnceToTheDeskAboveTheOwner() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.supervision.urge(id, this.fixtures.actor("community"), "请尽快接单");
		Long urge = this.supervision.ofTicket(id).get(0).id();
		assertThat(this.supervision.unansweredAt(Instant.now(), 10_000)).doesNotContain(urge);
		assertThat(this.supervision.escalate(urge, Instant.now())).as("not yet past the escalation time").isFalse();
		backdate(urge);
		assertThat(this.supervision.unansweredAt(Instant.now(), 10_000)).contains(urge);
		assertThat(this.supervision.escalate(urge, Instant.now())).isTrue();
		assertThat(this.supervision.escalate(urge, Instant.now())).isFalse();
		UrgeView escalated = this.supervision.ofTicket(id).get(0);
		assertThat(escalated.escalatedToName()).isEqualTo("红旗社区");
		List<TimelineEntry> timeline = this.tickets.timeline(id, this.fixtures.actor("community"));
		assertThat(timeline).filteredOn(e -> e.type() == TicketEventType.URGE_ESCALATED).hasSize(1);
		assertThat(this.supervision.escalatedTo(this.fixtures.actor("community"), 50))
			.extracting(UrgeView::ticketId)
			.contains(id);
		assertThat(this.supervision.escalatedTo(this.fixtures.actor("street"), 50))
			.extracting(UrgeView::ticketId)
			.doesNotContain(id);
	}

	private void backdate(Long urge) {
		this.jdbc.update("UPDATE urge SET urged_at = urged_at - interval '25 hours' WHERE id = ?", urge);
	}

}
