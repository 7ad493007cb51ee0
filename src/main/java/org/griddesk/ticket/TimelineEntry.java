package org.griddesk.ticket;

import java.time.Instant;
import java.util.List;

import org.griddesk.account.Role;

/**
 * One timeline line as pages show it; a null actor is the system itself (routing, the deadline sweep).
 * {@code photoIds} are the photos that came with this event, served at {@code /photos/{id}}.
 */
public record TimelineEntry(Long id, TicketEventType type, Instant at, Long actorId, String actorName, Role actorRole,
		TicketStatus fromStatus, TicketStatus toStatus, String note, List<Long> photoIds) {

	public TimelineEntry {
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
	}

	public TimelineEntry(Long id, TicketEventType type, Instant at, Long actorId, String actorName, Role actorRole,
			TicketStatus fromStatus, TicketStatus toStatus, String note) {
		this(id, type, at, actorId, actorName, actorRole, fromStatus, toStatus, note, List.of());
	}

}
