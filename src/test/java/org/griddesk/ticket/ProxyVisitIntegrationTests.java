package org.griddesk.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.griddesk.support.IntegrationTest;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 上门代办 and the other handling steps of the life cycle, at the service level. */
@IntegrationTest
class ProxyVisitIntegrationTests {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Test
	void aVisitIsKeptWithItsFactsAndWrittenOnTheTimeline() {
		Long id = accepted();
		Actor worker = this.fixtures.actor("worker");
		Instant visitedAt = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		this.lifecycle.recordProxyVisit(id, worker, new RecordProxyVisit(visitedAt, "  帮老人办好了高龄补贴申领  ", true));

		TicketDetail detail = this.tickets.detail(id, worker);
		assertThat(detail.proxyVisits()).singleElement().satisfies(visit -> {
			assertThat(visit.visitedAt()).isEqualTo(visitedAt);
			assertThat(visit.outcome()).isEqualTo("帮老人办好了高龄补贴申领");
			assertThat(visit.formalityCompleted()).isTrue();
			assertThat(visit.workerName()).isEqualTo("李建国");
		});
		TimelineEntry entry = detail.timeline().get(detail.timeline().size() - 1);
		assertThat(entry.type()).isEqualTo(TicketEventType.PROXY_VISIT);
		assertThat(entry.fromStatus()).isEqualTo(TicketStatus.ACCEPTED);
		assertThat(entry.toStatus()).isEqualTo(TicketStatus.ACCEPTED);
		assertThat(entry.note()).endsWith("帮老人办好了高龄补贴申领");
		assertThat(detail.ticket().status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void aVisitCannotBeInTheFutureNorBeforeTheTicketNorWithoutOutcome() {
		Long id = accepted();
		Actor worker = this.fixtures.actor("worker");
		assertThatThrownBy(() -> this.lifecycle.recordProxyVisit(id, worker,
				new RecordProxyVisit(Instant.now().plus(Duration.ofHours(1)), "上门", false)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("visitedAt");
				assertThat(ex.messageKey()).isEqualTo("worker.error.visitInFuture");
			});
		assertThatThrownBy(() -> this.lifecycle.recordProxyVisit(id, worker,
				new RecordProxyVisit(Instant.now().minus(Duration.ofDays(2)), "上门", false)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("worker.error.visitBeforeSubmission"));
		assertThatThrownBy(
				() -> this.lifecycle.recordProxyVisit(id, worker, new RecordProxyVisit(Instant.now(), " ", false)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("outcome"));
		assertThatThrownBy(() -> this.lifecycle.recordProxyVisit(id, worker, new RecordProxyVisit(null, "上门", false)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("visitedAt"));
		assertThat(this.tickets.detail(id, worker).proxyVisits()).isEmpty();
	}

	@Test
	void onlyTheHandlerVisitsAndOnlyWhileTheTicketIsInHand() {
		Long submitted = this.fixtures.submitted("HQ-G1");
		RecordProxyVisit visit = new RecordProxyVisit(Instant.now(), "上门", true);
		assertThatThrownBy(() -> this.lifecycle.recordProxyVisit(submitted, this.fixtures.actor("worker"), visit))
			.isInstanceOf(ConflictException.class);
		Long id = accepted();
		assertThatThrownBy(() -> this.lifecycle.recordProxyVisit(id, this.fixtures.actor("worker2"), visit))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.lifecycle.recordProxyVisit(id, this.fixtures.actor("community"), visit))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("ticket.error.notYours"));
		this.lifecycle.start(id, this.fixtures.actor("worker"));
		this.lifecycle.recordProxyVisit(id, this.fixtures.actor("worker"), visit);
		this.lifecycle.resolve(id, this.fixtures.actor("worker"), "已办结");
		assertThatThrownBy(() -> this.lifecycle.recordProxyVisit(id, this.fixtures.actor("worker"), visit))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void resolveAndRejectNeedTheirTextsOnTheField() {
		Long id = accepted();
		Actor worker = this.fixtures.actor("worker");
		assertThatThrownBy(() -> this.lifecycle.resolve(id, worker, " "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("resolution"));
		assertThatThrownBy(() -> this.lifecycle.reject(id, worker, null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThat(this.tickets.view(id, worker).status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void aLostAcceptRaceNamesTheWinner() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		assertThatThrownBy(() -> this.lifecycle.accept(id, this.fixtures.actor("worker")))
			.isInstanceOfSatisfying(AlreadyAcceptedException.class,
					ex -> assertThat(ex.arguments()).contains("李建国"));
	}

	private Long accepted() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		return id;
	}

}
