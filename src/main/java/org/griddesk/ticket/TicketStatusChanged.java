package org.griddesk.ticket;

import java.time.Instant;

/**
 * Published inside the transaction of every transition (a new ticket has {@code from == null}): notifications,
 * dashboard rollups and dispatch listen to it.
 */
public record TicketStatusChanged(Long ticketId, String number, TicketEventType type, TicketStatus from,
		TicketStatus to, Instant at, Long actorId, Long residentId, Long regionId, Long departmentId,
		Long assigneeId, Channel channel) {
}
