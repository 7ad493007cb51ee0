package org.griddesk.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.griddesk.region.RegionView;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A ticket write only notes its ticket; the rollups follow when the noted tickets are applied, on demand before a
 * read or on the scheduled tick.
 */
@IntegrationTest
class RollupBatchesIntegrationTests {

	@Autowired
	FigureFixture fixture;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Rollups rollups;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aWriteNotesItsTicketAndTheRollupsFollowOnCatchUp() {
		RegionView[] nodes = this.fixture.community(1);
		Long grid = nodes[1].id();
		Actor worker = this.fixture.gridWorker(grid);
		Long id = this.fixture.submit("C01", grid);
		this.rollups.catchUp();
		assertThat(accepted(grid)).isZero();

		long[] seenBeforeCommit = new long[2];
		this.transactions.executeWithoutResult(status -> {
			this.lifecycle.accept(id, worker);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public int getOrder() {
					return Ordered.LOWEST_PRECEDENCE;
				}

				@Override
				public void beforeCommit(boolean readOnly) {
					seenBeforeCommit[0] = noted(id);
					seenBeforeCommit[1] = accepted(grid);
				}

			});
		});
		assertThat(seenBeforeCommit[0]).as("the ticket is noted in its own transaction").isEqualTo(1);
		assertThat(seenBeforeCommit[1]).as("and its rollups are left to the batch").isZero();

		this.rollups.catchUp();
		assertThat(accepted(grid)).isEqualTo(1);
		assertThat(noted(id)).isZero();
	}

	@Test
	void theScheduledTickAppliesNotedTickets() {
		RegionView[] nodes = this.fixture.community(1);
		Long grid = nodes[1].id();
		this.fixture.submit("C01", grid);
		this.fixture.submit("C01", grid);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(submitted(grid)).isEqualTo(2));
	}

	/**
	 * Writers note the same tickets again while batches take their older notes: nobody waits on anybody in a circle,
	 * and once caught up the rollups count every change.
	 */
	@Test
	void writesAndBatchesRunSideBySide() throws Exception {
		RegionView[] nodes = this.fixture.community(1);
		Long grid = nodes[1].id();
		Actor worker = this.fixture.gridWorker(grid);
		int writers = 3;
		int ticketsEach = 15;
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
		try {
			Future<?> batches = threads.submit(() -> {
				while (writing.get()) {
					this.rollups.catchUp();
				}
			});
			List<Future<?>> lifeCycles = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				lifeCycles.add(threads.submit(() -> {
					for (int i = 0; i < ticketsEach; i++) {
						Long id = this.fixture.submit("C01", grid);
						this.lifecycle.accept(id, worker);
						this.lifecycle.resolve(id, worker, "已办结");
					}
					return null;
				}));
			}
			for (Future<?> lifeCycle : lifeCycles) {
				lifeCycle.get(2, TimeUnit.MINUTES);
			}
			writing.set(false);
			batches.get(1, TimeUnit.MINUTES);
		}
		finally {
			threads.shutdownNow();
		}
		this.rollups.catchUp();
		assertThat(submitted(grid)).isEqualTo(writers * ticketsEach);
		assertThat(accepted(grid)).isEqualTo(writers * ticketsEach);
		assertThat(this.jdbc.queryForObject("SELECT coalesce(sum(resolved), 0) FROM ticket_daily WHERE node_id = ?",
				Long.class, grid)).isEqualTo(writers * ticketsEach);
	}

	private long noted(Long ticketId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM ticket_rollup_pending WHERE ticket_id = ?", Long.class,
				ticketId);
	}

	private long accepted(Long nodeId) {
		return this.jdbc.queryForObject("SELECT coalesce(sum(accepted), 0) FROM ticket_daily WHERE node_id = ?",
				Long.class, nodeId);
	}

	private long submitted(Long nodeId) {
		return this.jdbc.queryForObject("SELECT coalesce(sum(submitted), 0) FROM ticket_daily WHERE node_id = ?",
				Long.class, nodeId);
	}

}
