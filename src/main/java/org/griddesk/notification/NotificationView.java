package org.griddesk.notification;

import java.time.Instant;

import org.griddesk.ticket.TicketStatus;

import org.springframework.context.MessageSourceResolvable;

/**
 * A notification as the inbox shows it: its message key reads {@code {0}} as the ticket number and {@code {1}} as
 * the state the ticket went to.
 */
public record NotificationView(Long id, Long ticketId, String messageKey, String ticketNumber, TicketStatus status,
		Instant createdAt, boolean read) {

	/** The translated state, for the message's second argument. */
	public MessageSourceResolvable statusLabel() {
		return this.status == null ? null : this.status.label();
	}

}
