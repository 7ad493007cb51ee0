package org.griddesk.dashboard;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.griddesk.region.RegionMoved;
import org.griddesk.ticket.TicketStatusChanged;
import org.griddesk.web.DateTimes;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the daily rollups equal to the tickets. Every {@link TicketStatusChanged} marks its ticket; just before the
 * ticket's transaction commits, the marked tickets' contributions are recomputed and the differences added to
 * {@code ticket_daily} (database function {@code apply_ticket_contributions}, V60). So the dashboard agrees with the
 * tickets the moment a change commits, and a rolled-back change leaves no trace. Doing the rollup writes last, in
 * one statement in key order, keeps their row locks short and free of deadlocks.
 */
@Component
public class Rollups {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final ZoneId zone;

	Rollups(JdbcTemplate jdbc, EntityManager entityManager, DateTimes dates) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.zone = dates.zone();
	}

	@EventListener
	void on(TicketStatusChanged event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			apply(List.of(event.ticketId()));
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
	 * Recomputes every rollup from the tickets, after a bulk load that bypassed the life cycle (demo data, benchmark
	 * data). Ticket changes wait while it runs.
	 */
	@Transactional
	public void rebuild() {
		this.jdbc.query("SELECT rebuild_ticket_rollups(?)", (ResultSet row) -> {
		}, this.zone.getId());
	}

	/**
	 * A region moved: the ancestors it left and those it joined are recounted from the applied contributions (V85),
	 * once the move has committed. Ticket changes wait while it runs; a failed recount is retried from the event
	 * publication log.
	 */
	@ApplicationModuleListener
	void on(RegionMoved event) {
		Long[] nodes = event.changedAncestors().stream().sorted().toArray(Long[]::new);
		if (nodes.length == 0) {
			return;
		}
		this.jdbc.execute((Connection connection) -> {
			Array array = connection.createArrayOf("bigint", nodes);
			try (PreparedStatement statement = connection.prepareStatement("SELECT recount_ticket_rollups(?)")) {
				statement.setArray(1, array);
				statement.execute();
			}
			finally {
				array.free();
			}
			return null;
		});
	}

	/** Brings these tickets' rollups up to date now, e.g. after their timestamps were corrected by hand. */
	@Transactional
	void refresh(Collection<Long> ticketIds) {
		this.entityManager.flush();
		apply(ticketIds);
	}

	private void apply(Collection<Long> ticketIds) {
		Long[] ids = new TreeSet<>(ticketIds).toArray(Long[]::new);
		this.jdbc.execute((Connection connection) -> {
			Array array = connection.createArrayOf("bigint", ids);
			try (PreparedStatement statement = connection.prepareStatement("SELECT apply_ticket_contributions(?, ?)")) {
				statement.setArray(1, array);
				statement.setString(2, this.zone.getId());
				statement.execute();
			}
			finally {
				array.free();
			}
			return null;
		});
	}

	/** The tickets a transaction changed; applied once, just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final TreeSet<Long> ticketIds = new TreeSet<>();

		private boolean applied;

		void mark(Long ticketId) {
			if (this.applied) {
				Rollups.this.entityManager.flush();
				apply(List.of(ticketId));
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
			Rollups.this.entityManager.flush();
			apply(this.ticketIds);
			this.applied = true;
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Rollups.this);
		}

	}

}
