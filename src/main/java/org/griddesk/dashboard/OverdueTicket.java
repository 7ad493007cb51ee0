package org.griddesk.dashboard;

import java.time.Duration;
import java.time.Instant;

import org.griddesk.ticket.TicketStatus;

/** An open ticket past its current deadline. */
public record OverdueTicket(Long id, String number, String title, String regionName, TicketStatus status,
		Instant due, Duration overdueBy) {
}
