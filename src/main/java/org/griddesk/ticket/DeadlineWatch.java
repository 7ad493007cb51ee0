package org.griddesk.ticket;

import java.time.Instant;

/**
 * An open ticket past the warning point of its current window, as the deadline sweep sees it: {@code acceptWindow}
 * tells whether that window is the accept window (else the resolve window).
 */
public record DeadlineWatch(Long ticketId, String number, TicketStatus status, Long regionId, boolean acceptWindow,
		Instant windowStart, Instant due, DeadlineState state) {
}
