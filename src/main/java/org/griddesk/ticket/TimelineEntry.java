package org.griddesk.ticket;

import java.time.Instant;

import org.griddesk.account.Role;

/** One timeline line as pages show it; a null actor is the system itself (routing, the deadline sweep). */
public record TimelineEntry(Long id, TicketEventType type, Instant at, Long actorId, String actorName, Role actorRole,
		TicketStatus fromStatus, TicketStatus toStatus, String note) {
}
