package org.griddesk.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.BoardFilter;
import org.griddesk.ticket.DeadlineState;
import org.griddesk.ticket.DeadlineWatch;
import org.griddesk.ticket.TicketRow;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.ticket.TimelineEntry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline engine: warnings at 80% of a window, overdue notices, unaccepted grid tickets moved to the community
 * desk — each once per ticket and window, however many sweeps run at once. Tickets are put back in time by moving
 * their windows in the database; the scheduled sweep may run meanwhile, which the assertions allow for.
 */
@IntegrationTest
class DeadlineSweepIntegrationTests {

	@Autowired
	DeadlineEngine engine;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	LockProvider lockProvider;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTicketIsWarnedOnceThenFlaggedOverdueOnceAndMovedToTheCommunityDesk() {
		Long id = this.fixtures.submitted("HQ-G1");
		acceptWindow(id, 20, 24);
		assertThat(awaitsSweep(id)).isTrue();
		this.engine.sweep(Instant.now());
		this.engine.sweep(Instant.now());
		assertThat(count(id, TicketEventType.WARNING)).isEqualTo(1);
		assertThat(count(id, TicketEventType.OVERDUE)).isZero();
		assertThat(awaitsSweep(id)).as("warned: later sweeps pass it by until it is due").isFalse();
		assertThat(checkAt(id)).isEqualTo(column(id, "accept_due_at"));
		TimelineEntry warning = entries(id, TicketEventType.WARNING).get(0);
		assertThat(warning.actorId()).isNull();
		assertThat(warning.note()).startsWith("接单时限将至");

		acceptWindow(id, 30, 24);
		assertThat(awaitsSweep(id)).isTrue();
		this.engine.sweep(Instant.now());
		this.engine.sweep(Instant.now());
		assertThat(count(id, TicketEventType.WARNING)).isEqualTo(1);
		assertThat(count(id, TicketEventType.OVERDUE)).isEqualTo(1);
		assertThat(count(id, TicketEventType.REASSIGNED)).isEqualTo(1);
		assertThat(awaitsSweep(id)).as("moved to the desk with a new window").isFalse();
		assertThat(checkAt(id)).as("the new window's warning point").isAfter(Instant.now().plus(Duration.ofHours(18)));
		TicketView moved = this.tickets.view(id, this.fixtures.actor("community"));
		assertThat(moved.regionId()).isEqualTo(this.fixtures.grid("HQ"));
		assertThat(moved.status()).isEqualTo(TicketStatus.SUBMITTED);
		assertThat(moved.acceptDueAt()).isAfter(Instant.now().plus(Duration.ofHours(23)));
		assertThat(entries(id, TicketEventType.REASSIGNED).get(0).note()).contains("红旗社区").contains("无人接单");
		// the community desk works what lands on it
		this.lifecycle.accept(id, this.fixtures.actor("community"));
	}

	@Test
	void anAcceptedTicketPastItsResolveWindowIsFlaggedButStaysWithItsOwner() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		this.jdbc.update("UPDATE ticket SET window_start_at = now() - interval '80 hours', "
				+ "resolve_due_at = now() - interval '8 hours' WHERE id = ?", id);
		this.engine.sweep(Instant.now());
		assertThat(count(id, TicketEventType.OVERDUE)).isEqualTo(1);
		assertThat(count(id, TicketEventType.WARNING)).as("past the warning straight to overdue").isZero();
		assertThat(awaitsSweep(id)).as("flagged overdue: nothing left for the sweep").isFalse();
		assertThat(checkAt(id)).isNull();
		assertThat(entries(id, TicketEventType.OVERDUE).get(0).note()).startsWith("已超过办结时限");
		TicketView ticket = this.tickets.view(id, this.fixtures.actor("worker"));
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("HQ-G1"));
		assertThat(ticket.status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void aWindowWithItsOwnWarningPointIsWarnedThenNotAtEightyPercentOfItsSpan() {
		Long id = this.fixtures.submitted("HQ-G1");
		// 21 of 24 wall-clock hours gone, but the working-hour warning point is still an hour away
		acceptWindow(id, 21, 24);
		this.jdbc.update("UPDATE ticket SET accept_warning_at = now() + interval '1 hour' WHERE id = ?", id);
		this.engine.sweep(Instant.now());
		assertThat(count(id, TicketEventType.WARNING)).isZero();
		assertThat(this.tickets.view(id, this.fixtures.actor("worker")).deadlineState()).isEqualTo(DeadlineState.ON_TIME);
		assertThat(this.tickets.board(this.fixtures.actor("community"),
				new BoardFilter(null, null, null, null, null, DeadlineState.WARNING, false, false, false), 0, 1000, 1000)
			.page()
			.getContent()).extracting(TicketRow::id).doesNotContain(id);

		this.jdbc.update("UPDATE ticket SET accept_warning_at = now() - interval '1 minute' WHERE id = ?", id);
		this.engine.sweep(Instant.now());
		assertThat(count(id, TicketEventType.WARNING)).isEqualTo(1);
		assertThat(this.tickets.view(id, this.fixtures.actor("worker")).deadlineState()).isEqualTo(DeadlineState.WARNING);
	}

	@Test
	void aTicketAcceptedWhileTheSweepLooksAtItKeepsTheCheckTimeOfItsNewWindow() {
		Long id = this.fixtures.submitted("HQ-G1");
		acceptWindow(id, 21, 24);
		List<DeadlineWatch> seen = this.tickets.dueForDeadlineCheck(Instant.now(), null, 10_000)
			.stream()
			.filter(watch -> watch.ticketId().equals(id))
			.toList();
		assertThat(seen).singleElement().extracting(DeadlineWatch::state).isEqualTo(DeadlineState.WARNING);
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		Instant resolveWarning = checkAt(id);
		assertThat(resolveWarning).as("the resolve window's warning point").isAfter(Instant.now());

		this.lifecycle.deadlinesChecked(seen);
		assertThat(checkAt(id)).as("not the accept window's due time").isEqualTo(resolveWarning);
		this.engine.sweep(Instant.now());
		assertThat(count(id, TicketEventType.WARNING)).isZero();
	}

	@Test
	void twoSchedulersTickingAtOnceRecordEachWarningAndOverdueOnce() throws Exception {
		Long warned = this.fixtures.submitted("HQ-G1");
		Long overdue = this.fixtures.submitted("HQ-G2");
		this.lifecycle.accept(overdue, this.fixtures.actor("worker"));
		acceptWindow(warned, 21, 24);
		this.jdbc.update("UPDATE ticket SET window_start_at = now() - interval '80 hours', "
				+ "resolve_due_at = now() - interval '1 hour' WHERE id = ?", overdue);
		runConcurrently(this.sweep::run, this.sweep::run);
		// whichever instance held the lock, the next tick sees everything done already
		this.engine.sweep(Instant.now());
		assertThat(count(warned, TicketEventType.WARNING)).isEqualTo(1);
		assertThat(count(overdue, TicketEventType.OVERDUE)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'dispatch-deadline-sweep'",
				Integer.class))
			.isEqualTo(1);
		// the owner and the command center above it (红旗社区 for both grids) hear of each once
		Long community = accountId("community");
		Long worker = accountId("worker");
		assertThat(notifications(community, warned, "notification.above.WARNING")).isEqualTo(1);
		assertThat(notifications(community, overdue, "notification.above.OVERDUE")).isEqualTo(1);
		assertThat(notifications(worker, warned, "notification.owner.WARNING")).isEqualTo(1);
		assertThat(notifications(worker, overdue, "notification.owner.OVERDUE")).isEqualTo(1);
		this.engine.sweep(Instant.now());
		assertThat(notifications(community, warned, "notification.above.WARNING")).isEqualTo(1);
		assertThat(notifications(community, overdue, "notification.above.OVERDUE")).isEqualTo(1);
		assertThat(notifications(accountId("street"), overdue, "notification.above.OVERDUE"))
			.as("only the level directly above")
			.isZero();
	}

	@Test
	void aCommunityTicketPastItsWindowAlertsTheStreetAndADepartmentTicketTheDistrict() {
		Long communityTicket = this.fixtures.submitted("HQ-G1");
		this.lifecycle.reassign(communityTicket, this.fixtures.actor("community"), this.fixtures.grid("HQ"), null, null,
				"社区直接办理");
		Long departmentTicket = this.fixtures.submitted("HQ-G2");
		Long water = this.jdbc.queryForObject("SELECT id FROM department WHERE code = 'GS'", Long.class);
		this.lifecycle.reassign(departmentTicket, this.fixtures.actor("street"), this.fixtures.grid("HQ-G2"), null,
				water, "供水公司负责");
		acceptWindow(communityTicket, 21, 24);
		acceptWindow(departmentTicket, 30, 24);
		this.engine.sweep(Instant.now());
		assertThat(notifications(accountId("street"), communityTicket, "notification.above.WARNING")).isEqualTo(1);
		assertThat(notifications(accountId("district"), departmentTicket, "notification.above.OVERDUE")).isEqualTo(1);
		assertThat(notifications(accountId("community"), communityTicket, "notification.above.WARNING")).isZero();
	}

	private long notifications(Long accountId, Long ticketId, String key) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE account_id = ? AND ticket_id = ? AND message_key = ?",
				Long.class, accountId, ticketId, key);
	}

	private Long accountId(String username) {
		return this.jdbc.queryForObject("SELECT id FROM account WHERE username = ?", Long.class, username);
	}

	@Test
	void evenTwoSweepsWithoutTheLockRecordEachAlertAndMoveOnce() throws Exception {
		Long warned = this.fixtures.submitted("HQ-G1");
		Long unaccepted = this.fixtures.submitted("HQ-G2");
		acceptWindow(warned, 22, 24);
		acceptWindow(unaccepted, 26, 24);
		runConcurrently(() -> this.engine.sweep(Instant.now()), () -> this.engine.sweep(Instant.now()));
		assertThat(count(warned, TicketEventType.WARNING)).isEqualTo(1);
		assertThat(count(unaccepted, TicketEventType.OVERDUE)).isEqualTo(1);
		assertThat(count(unaccepted, TicketEventType.REASSIGNED)).isEqualTo(1);
	}

	@Test
	void whileAnotherInstanceHoldsTheLockTheScheduledSweepSkipsItsTick() throws Exception {
		SimpleLock held = acquire("dispatch-deadline-sweep");
		Long id;
		try {
			id = this.fixtures.submitted("HQ-G1");
			acceptWindow(id, 20, 24);
			this.sweep.run();
			assertThat(count(id, TicketEventType.WARNING)).isZero();
		}
		finally {
			held.unlock();
		}
		this.engine.sweep(Instant.now());
		assertThat(count(id, TicketEventType.WARNING)).isEqualTo(1);
	}

	/** Whether the sweep's walk through tickets whose check time has come includes this one. */
	private boolean awaitsSweep(Long id) {
		return this.tickets.dueForDeadlineCheck(Instant.now(), null, 10_000)
			.stream()
			.anyMatch(watch -> watch.ticketId().equals(id));
	}

	private Instant checkAt(Long id) {
		return this.jdbc.query("SELECT deadline_check_at FROM ticket WHERE id = ?",
				(rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
				id)
			.get(0)
			.orElse(null);
	}

	private Instant column(Long id, String column) {
		return this.jdbc.queryForObject("SELECT " + column + " FROM ticket WHERE id = ?", OffsetDateTime.class, id)
			.toInstant();
	}

	/** Moves the ticket's accept window so that {@code elapsed} of its {@code total} hours have passed. */
	private void acceptWindow(Long id, int elapsed, int total) {
		this.jdbc.update("UPDATE ticket SET window_start_at = now() - make_interval(hours => ?), "
				+ "accept_due_at = now() - make_interval(hours => ?) + make_interval(hours => ?) WHERE id = ?", elapsed,
				elapsed, total, id);
	}

	/** The lock as another instance would take it; the scheduled sweep of this one may hold it for a moment. */
	private SimpleLock acquire(String name) throws InterruptedException {
		Instant giveUp = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(giveUp)) {
			Optional<SimpleLock> lock = this.lockProvider
				.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(2), Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Could not take the lock " + name);
	}

	private static void runConcurrently(Runnable first, Runnable second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (Runnable run : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					start.await();
					run.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private long count(Long id, TicketEventType type) {
		return entries(id, type).size();
	}

	private List<TimelineEntry> entries(Long id, TicketEventType type) {
		return this.tickets.timeline(id, this.fixtures.actor("district")).stream().filter(e -> e.type() == type).toList();
	}

}
