package org.griddesk.ticket;

import java.time.Instant;

/**
 * An open ticket whose deadline check time has come, as the deadline sweep sees it: {@code acceptWindow} tells
 * whether its current window is the accept window (else the resolve window), {@code checkAt} is the check time it was
 * picked by.
 */
public record DeadlineWatch(Long ticketId, String number, TicketStatus status, Long regionId, boolean acceptWindow,
		Instant windowStart, Instant warningAt, Instant due, DeadlineState state, Instant checkAt) {

	/** When the sweep next has something to do for this window: at the warning point, at the due time, or never. */
	Instant nextCheck() {
		return switch (this.state) {
			case ON_TIME -> this.warningAt;
			case WARNING -> this.due;
			case OVERDUE, NONE -> null;
		};
	}

}
