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

	static DeadlineState of(TicketStatus status, Instant start, Instant acceptDue, Instant resolveDue, Instant now) {
		if (status == TicketStatus.SUBMITTED) {
			return within(start, acceptDue, now);
		}
		if (status == TicketStatus.ACCEPTED || status == TicketStatus.IN_PROGRESS) {
			return within(start, resolveDue, now);
		}
		return NONE;
	}

	/** The moment a window of this length turns into a warning. */
	static Instant warningAt(Instant start, Instant due) {
		long millis = Duration.between(start, due).toMillis();
		return start.plusMillis((long) (millis * WARNING_SHARE));
	}

	private static DeadlineState within(Instant start, Instant due, Instant now) {
		if (now.isAfter(due)) {
			return OVERDUE;
		}
		return now.isBefore(warningAt(start, due)) ? ON_TIME : WARNING;
	}

}
