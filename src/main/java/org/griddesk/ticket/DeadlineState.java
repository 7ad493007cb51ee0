package org.griddesk.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an open ticket stands against its current window: the accept window until it is accepted, then the resolve
 * window. At 80% of a window it is a warning (预警); past it, overdue (超时).
 */
public enum DeadlineState {

	ON_TIME, WARNING, OVERDUE, NONE;

	static final double WARNING_SHARE = 0.8;

	/**
	 * The state against the current window. A window counted in working hours carries its own warning point
	 * ({@code acceptWarning}, {@code resolveWarning}); otherwise ({@code null}) it is 80% of the wall-clock span.
	 */
	static DeadlineState of(TicketStatus status, Instant start, Instant acceptDue, Instant acceptWarning,
			Instant resolveDue, Instant resolveWarning, Instant now) {
		if (status == TicketStatus.SUBMITTED) {
			return within(warningAt(start, acceptDue, acceptWarning), acceptDue, now);
		}
		if (status == TicketStatus.ACCEPTED || status == TicketStatus.IN_PROGRESS) {
			return within(warningAt(start, resolveDue, resolveWarning), resolveDue, now);
		}
		return NONE;
	}

	/**
	 * The moment a window turns into a warning: its own warning point if it has one, else 80% of its span. The
	 * database keeps the same moment on every open ticket ({@code ticket.warning_at}, set by {@code ticket_warning_at},
	 * V102-V103) for the counts and lists that select by it; the two must change together.
	 */
	static Instant warningAt(Instant start, Instant due, Instant ownWarning) {
		if (ownWarning != null) {
			return ownWarning;
		}
		long millis = Duration.between(start, due).toMillis();
		return start.plusMillis((long) (millis * WARNING_SHARE));
	}

	private static DeadlineState within(Instant warningAt, Instant due, Instant now) {
		if (now.isAfter(due)) {
			return OVERDUE;
		}
		return now.isBefore(warningAt) ? ON_TIME : WARNING;
	}

}
