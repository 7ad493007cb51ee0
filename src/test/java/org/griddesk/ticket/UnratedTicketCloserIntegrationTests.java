package org.griddesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnratedTicketCloserIntegrationTests {

	@Autowired
	UnratedTicketCloser closer;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTicketLeftUnratedForSevenDaysClosesByItselfAndAFreshOneWaits() {
		Long stale = resolvedDaysAgo(8);
		Long fresh = resolvedDaysAgo(6);

		this.closer.closeUnrated();

		TicketView closed = this.tickets.view(stale, this.fixtures.actor("resident"));
		assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(closed.ratingScore()).isNull();
		assertThat(closed.closedAt()).isNotNull();
		TimelineEntry last = lastEntry(stale);
		assertThat(last.type()).isEqualTo(TicketEventType.CLOSED_UNRATED);
		assertThat(last.actorId()).isNull();
		assertThat(this.tickets.view(fresh, this.fixtures.actor("resident")).status())
			.isEqualTo(TicketStatus.RESOLVED);
	}

	@Test
	void twoRunsAtOnceCloseEachTicketExactlyOnce() throws Exception {
		List<Long> stale = List.of(resolvedDaysAgo(9), resolvedDaysAgo(10), resolvedDaysAgo(11));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					this.closer.closeUnrated();
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
		for (Long id : stale) {
			assertThat(this.tickets.view(id, this.fixtures.actor("resident")).status()).isEqualTo(TicketStatus.CLOSED);
			assertThat(this.jdbc.queryForObject(
					"select count(*) from ticket_event where ticket_id = ? and type = 'CLOSED_UNRATED'", Long.class, id))
				.isEqualTo(1);
		}
	}

	private Long resolvedDaysAgo(int days) {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		this.lifecycle.resolve(id, worker, "已处理");
		this.jdbc.update("update ticket set resolved_at = resolved_at - make_interval(days => ?) where id = ?", days, id);
		return id;
	}

	private TimelineEntry lastEntry(Long id) {
		List<TimelineEntry> timeline = this.tickets.timeline(id, this.fixtures.actor("resident"));
		return timeline.get(timeline.size() - 1);
	}

}
