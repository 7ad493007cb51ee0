package org.griddesk.dashboard;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.griddesk.region.RegionMoved;
import org.griddesk.ticket.TicketStatusChanged;
import org.griddesk.web.DateTimes;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the daily rollups equal to the tickets. Every {@link TicketStatusChanged} marks its ticket; just before the
 * ticket's transaction commits, the marked tickets are noted in {@code ticket_rollup_pending}, so a rolled-back change
 * leaves no trace and a committed one is never forgotten. The noted tickets' contributions are recomputed and the
 * differences added to {@code ticket_daily} in batches ({@code apply_pending_ticket_contributions}, V104, around
 * {@code apply_ticket_contributions}, V60): every second, and by {@link #catchUp()} before the dashboard or a report
 * reads the rollups, so what they show includes every change committed before they read. Applying them inside each
 * write cost two fifths of an acceptance's database time and locked the district's row of the day for every
 * concurrent write; a batch writes each rollup row once however many of its tickets changed. Batches, the recount after
 * a region move and the rebuild run one at a time ({@code lock_ticket_rollups}, V104), so that none reads a ticket
 * before another has finished applying it.
 */
@Component
public class Rollups {

	/** How many noted tickets one call of the database function applies, in one transaction. */
	static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	Rollups(JdbcTemplate jdbc, DateTimes dates) {
		this.jdbc = jdbc;
		this.zone = dates.zone();
	}

	@EventListener
	void on(TicketStatusChanged event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			note(List.of(event.ticketId()));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.mark(event.ticketId());
	}

	/**
	 * Applies every ticket noted so far (and waits for a batch another node is applying), so that a read that follows
	 * sees every change committed before this call. Each batch commits by itself, outside any transaction of the
	 * caller's, so that the rollup rows it writes are not held locked while the caller goes on.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void catchUp() {
		int applied;
		do {
			applied = applyNoted();
		}
		while (applied > 0);
	}

	@Scheduled(fixedDelayString = "${griddesk.dashboard.rollup-interval:PT1S}",
			initialDelayString = "${griddesk.dashboard.rollup-interval:PT1S}")
	void applyNotedTickets() {
		catchUp();
	}

	/**
	 * Recomputes every rollup from the tickets, after a bulk load that bypassed the life cycle (demo data, benchmark
	 * data). Ticket changes wait while it runs.
	 */
	@Transactional
	public void rebuild() {
		holdOffBatches();
		this.jdbc.query("SELECT rebuild_ticket_rollups(?)", (ResultSet row) -> {
		}, this.zone.getId());
	}

	/**
	 * A region moved: the ancestors it left and those it joined are recounted from the applied contributions (V85),
	 * once the move has committed, with the batches held off (V104). Ticket changes wait while it runs; a failed
	 * recount is retried from the event publication log.
	 */
	@ApplicationModuleListener
	void on(RegionMoved event) {
		if (!event.changedAncestors().isEmpty()) {
			holdOffBatches();
			withIds("SELECT recount_ticket_rollups(?)", event.changedAncestors());
		}
	}

	/** Brings these tickets' rollups up to date now, e.g. after their timestamps were corrected by hand. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void refresh(Collection<Long> ticketIds) {
		note(ticketIds);
		catchUp();
	}

	/** Until the caller's transaction ends, no batch runs (V104); whatever it reads of the tickets after is final. */
	private void holdOffBatches() {
		this.jdbc.query("SELECT lock_ticket_rollups()", (ResultSet row) -> {
		});
	}

	private int applyNoted() {
		Integer applied = this.jdbc.queryForObject("SELECT apply_pending_ticket_contributions(?, ?)", Integer.class,
				this.zone.getId(), BATCH);
		return applied == null ? 0 : applied;
	}

	private void note(Collection<Long> ticketIds) {
		withIds("INSERT INTO ticket_rollup_pending SELECT unnest(?::bigint[])", ticketIds);
	}

	/** One statement whose first parameter is these ids, in ascending order, so that rows are locked in key order. */
	private void withIds(String sql, Collection<Long> ids) {
		Long[] sorted = new TreeSet<>(ids).toArray(Long[]::new);
		this.jdbc.execute((Connection connection) -> {
			Array array = connection.createArrayOf("bigint", sorted);
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setArray(1, array);
				statement.execute();
			}
			finally {
				array.free();
			}
			return null;
		});
	}

	/** The tickets a transaction changed; noted once, just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final TreeSet<Long> ticketIds = new TreeSet<>();

		private boolean noted;

		void mark(Long ticketId) {
			if (this.noted) {
				note(List.of(ticketId));
			}
			else {
				this.ticketIds.add(ticketId);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			note(this.ticketIds);
			this.noted = true;
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Rollups.this);
		}

	}

}
