package org.griddesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.griddesk.catalog.TicketKind;
import org.griddesk.support.IntegrationTest;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TicketLifecycleIntegrationTests {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void submissionIsNumberedRoutedToTheGridAndTimed() {
		Long id = this.fixtures.submitted("HQ-G1");
		TicketView ticket = this.tickets.view(id, this.fixtures.actor("resident"));
		assertThat(ticket.number()).matches("\\d{8}-\\d{6,}");
		assertThat(ticket.status()).isEqualTo(TicketStatus.SUBMITTED);
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("HQ-G1"));
		assertThat(ticket.acceptDueAt()).isEqualTo(ticket.submittedAt().plusSeconds(24 * 3600));
		List<TimelineEntry> timeline = this.tickets.timeline(id, this.fixtures.actor("resident"));
		assertThat(timeline).extracting(TimelineEntry::type)
			.containsExactly(TicketEventType.SUBMITTED, TicketEventType.ROUTED);
		assertThat(timeline.get(1).note()).contains("C01").contains("第一网格");
	}

	@Test
	void categoriesOwnedByACommunityOrDepartmentAreRoutedThere() {
		Long community = this.lifecycle.submit(this.fixtures.webSubmission("C02", "HQ-G1"), this.fixtures.actor("resident"));
		assertThat(this.tickets.view(community, this.fixtures.actor("resident")).regionId())
			.isEqualTo(this.fixtures.grid("HQ"));
		Long water = this.lifecycle.submit(this.fixtures.webSubmission("A01", "HQ-G1"), this.fixtures.actor("resident"));
		TicketView view = this.tickets.view(water, this.fixtures.actor("department"));
		assertThat(view.departmentName()).isEqualTo("供水公司");
		assertThat(view.acceptDueAt()).isEqualTo(view.submittedAt().plusSeconds(2 * 3600));
	}

	@Test
	void repeatedSubmissionKeyReturnsTheFirstTicket() {
		SubmitTicket command = this.fixtures.webSubmission("C01", "HQ-G1");
		Long first = this.lifecycle.submit(command, this.fixtures.actor("resident"));
		Long second = this.lifecycle.submit(command, this.fixtures.actor("resident"));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void categoryOfAnotherKindOrUnknownIsRefusedOnTheField() {
		SubmitTicket wrongKind = this.fixtures.webSubmission("C01", "HQ-G1");
		SubmitTicket asService = new SubmitTicket(TicketKind.SERVICE, wrongKind.categoryId(), wrongKind.title(),
				wrongKind.description(), wrongKind.gridId(), null, null, null, null, false, null, Channel.WEB, null);
		assertThatThrownBy(() -> this.lifecycle.submit(asService, this.fixtures.actor("resident")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("categoryId"));
		SubmitTicket unknown = new SubmitTicket(TicketKind.COMPLAINT, -5L, "t", "d", wrongKind.gridId(), null, null,
				null, null, false, null, Channel.WEB, null);
		assertThatThrownBy(() -> this.lifecycle.submit(unknown, this.fixtures.actor("resident")))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void fullClosedLoop() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		this.lifecycle.start(id, worker);
		this.lifecycle.addNote(id, worker, "已联系物业");
		this.lifecycle.resolve(id, worker, "已更换灯泡");
		this.lifecycle.rate(id, this.fixtures.actor("resident"), true, 5, "很及时");
		TicketView closed = this.tickets.view(id, worker);
		assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(closed.ratingScore()).isEqualTo((short) 5);
		assertThat(this.tickets.timeline(id, worker)).extracting(TimelineEntry::type)
			.containsExactly(TicketEventType.SUBMITTED, TicketEventType.ROUTED, TicketEventType.ACCEPTED,
					TicketEventType.STARTED, TicketEventType.NOTE, TicketEventType.RESOLVED, TicketEventType.RATED);
	}

	@Test
	void notSolvedReopensWithAShorterWindowAndLowScoreFlagsReturnVisit() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		this.lifecycle.resolve(id, worker, "已处理");
		this.lifecycle.rate(id, this.fixtures.actor("resident"), false, 2, "还是不亮");
		TicketView reopened = this.tickets.view(id, worker);
		assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
		assertThat(reopened.reopenCount()).isEqualTo(1);
		this.lifecycle.resolve(id, worker, "换了线路");
		this.lifecycle.rate(id, this.fixtures.actor("resident"), true, 1, "太慢");
		assertThat(this.tickets.view(id, worker).returnVisitDue()).isTrue();
	}

	@Test
	void illegalTransitionsAreRefused() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		Actor resident = this.fixtures.actor("resident");
		assertThatThrownBy(() -> this.lifecycle.resolve(id, worker, "x")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.lifecycle.start(id, worker)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.lifecycle.rate(id, resident, true, 5, null)).isInstanceOf(ConflictException.class);
		this.lifecycle.accept(id, worker);
		assertThatThrownBy(() -> this.lifecycle.cancel(id, resident, "不需要了")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.lifecycle.accept(id, worker)).isInstanceOf(ConflictException.class);
	}

	@Test
	void residentCancelsBeforeAcceptance() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.cancel(id, this.fixtures.actor("resident"), "已自行解决");
		assertThat(this.tickets.view(id, this.fixtures.actor("resident")).status()).isEqualTo(TicketStatus.CANCELLED);
		assertThatThrownBy(() -> this.lifecycle.accept(id, this.fixtures.actor("worker")))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void rejectedTicketGoesToTheCommunityDesk() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.reject(id, this.fixtures.actor("worker"), "不属于本网格");
		TicketView rejected = this.tickets.view(id, this.fixtures.actor("community"));
		assertThat(rejected.status()).isEqualTo(TicketStatus.REJECTED);
		assertThat(rejected.regionId()).isEqualTo(this.fixtures.grid("HQ"));
	}

	@Test
	void workersOfOtherGridsCannotSeeOrTouchTheTicket() {
		Long id = this.fixtures.submitted("HQ-G1");
		assertThatThrownBy(() -> this.tickets.view(id, this.fixtures.actor("worker2")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.lifecycle.accept(id, this.fixtures.actor("worker2")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.tickets.view(id, this.fixtures.actor("community2")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.tickets.view(id, this.fixtures.actor("street2")))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.tickets.view(id, this.fixtures.actor("street")).id()).isEqualTo(id);
		assertThat(this.tickets.view(id, this.fixtures.actor("district")).id()).isEqualTo(id);
	}

	@Test
	void timelineIsAppendOnlyInTheDatabase() {
		Long id = this.fixtures.submitted("HQ-G1");
		assertThatThrownBy(() -> this.jdbc.update("UPDATE ticket_event SET note = 'x' WHERE ticket_id = ?", id))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM ticket_event WHERE ticket_id = ?", id))
			.hasMessageContaining("append-only");
	}

	@Test
	void ofManyWorkersAcceptingAtOnceExactlyOneWins() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		int contenders = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(contenders);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < contenders; i++) {
			Actor actor = i % 2 == 0 ? worker : this.fixtures.actor("worker");
			Callable<String> attempt = () -> {
				start.await();
				try {
					this.lifecycle.accept(id, actor);
					return "won";
				}
				catch (ConflictException ex) {
					return ex.messageKey();
				}
			};
			outcomes.add(pool.submit(attempt));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();
		assertThat(results).filteredOn("won"::equals).hasSize(1);
		assertThat(results).filteredOn("ticket.error.alreadyAccepted"::equals).hasSize(contenders - 1);
		assertThat(this.tickets.timeline(id, worker)).filteredOn(e -> e.type() == TicketEventType.ACCEPTED).hasSize(1);
	}

}
