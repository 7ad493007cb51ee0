package org.griddesk.ticket;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.griddesk.account.Role;

/** One line of a ticket's timeline. Rows are only ever inserted; a database trigger refuses updates and deletes. */
@Entity
@Table(name = "ticket_event")
class TicketEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	@Enumerated(EnumType.STRING)
	private TicketEventType type;

	private Instant at;

	private Long actorId;

	@Enumerated(EnumType.STRING)
	private Role actorRole;

	@Enumerated(EnumType.STRING)
	private TicketStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private TicketStatus toStatus;

	private String note;

	protected TicketEvent() {
	}

	TicketEvent(Long ticketId, TicketEventType type, Instant at, Actor actor, TicketStatus fromStatus,
			TicketStatus toStatus, String note) {
		this.ticketId = ticketId;
		this.type = type;
		this.at = at;
		this.actorId = actor == null ? null : actor.accountId();
		this.actorRole = actor == null ? null : actor.role();
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.note = note;
	}

	TimelineEntry toEntry(String actorName, List<Long> photoIds) {
		return new TimelineEntry(this.id, this.type, this.at, this.actorId, actorName, this.actorRole, this.fromStatus,
				this.toStatus, this.note, photoIds);
	}

	Long getId() {
		return this.id;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	Long getActorId() {
		return this.actorId;
	}

}
