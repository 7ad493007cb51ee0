package org.griddesk.dispatch;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.griddesk.ticket.DeadlineWatch;
import org.griddesk.ticket.Tickets;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * One pass of the deadline engine: warn and flag overdue tickets, move unaccepted grid tickets to their community's
 * desk, escalate unanswered urges. Every step is idempotent per ticket and window (see {@link DeadlineAlerts}), so a
 * pass may safely overlap another.
 */
@Service
class DeadlineEngine {

	private static final Logger log = LoggerFactory.getLogger(DeadlineEngine.class);

	static final int BATCH = 500;

	private final Tickets tickets;

	private final DeadlineAlerts alerts;

	private final Supervision supervision;

	DeadlineEngine(Tickets tickets, DeadlineAlerts alerts, Supervision supervision) {
		this.tickets = tickets;
		this.alerts = alerts;
		this.supervision = supervision;
	}

	SweepReport sweep(Instant now) {
		int alerted = 0;
		int moved = 0;
		DeadlineWatch after = null;
		List<DeadlineWatch> batch;
		do {
			batch = this.tickets.dueForDeadlineCheck(now, after, BATCH);
			if (batch.isEmpty()) {
				break;
			}
			alerted += this.alerts.alert(batch, now);
			for (DeadlineWatch watch : batch) {
				moved += move(watch, now) ? 1 : 0;
			}
			after = batch.get(batch.size() - 1);
		}
		while (batch.size() == BATCH);
		int escalated = 0;
		List<Long> urges;
		do {
			urges = this.supervision.unansweredAt(now, BATCH);
			for (Long urge : urges) {
				escalated += this.supervision.escalate(urge, now) ? 1 : 0;
			}
		}
		while (urges.size() == BATCH && escalated > 0);
		SweepReport report = new SweepReport(alerted, moved, escalated);
		if (report.changedAnything()) {
			log.info("Deadline sweep: {}", report);
		}
		return report;
	}

	/** A ticket accepted at this very moment makes the move lose its race: it stays where it is, as it should. */
	private boolean move(DeadlineWatch watch, Instant now) {
		try {
			return this.alerts.moveUnaccepted(watch, now);
		}
		catch (DataAccessException ex) {
			log.info("Ticket {} changed while the sweep moved it; left for the next sweep: {}", watch.number(),
					ex.getMessage());
			return false;
		}
	}

	record SweepReport(int alerted, int moved, int escalated) {

		boolean changedAnything() {
			return this.alerted + this.moved + this.escalated > 0;
		}

	}

}
