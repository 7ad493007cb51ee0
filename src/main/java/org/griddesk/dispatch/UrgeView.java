package org.griddesk.dispatch;

import java.time.Instant;

/** An urge as pages show it; ticket number and title are filled where the list spans tickets. */
record UrgeView(Long id, Long ticketId, String ticketNumber, String ticketTitle, Instant urgedAt, String urgedByName,
		String message, Instant answeredAt, Instant escalatedAt, String escalatedToName) {
}
