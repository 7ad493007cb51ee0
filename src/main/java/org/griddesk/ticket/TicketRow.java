package org.griddesk.ticket;

import java.time.Instant;

import org.griddesk.catalog.TicketKind;

/** A ticket in a list. */
public record TicketRow(Long id, String number, TicketKind kind, String categoryName, TicketStatus status,
		String title, String regionName, String assigneeName, Channel channel, Instant submittedAt, Instant currentDue,
		DeadlineState deadlineState, boolean returnVisitDue) {
}
