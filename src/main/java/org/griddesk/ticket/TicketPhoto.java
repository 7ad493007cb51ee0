package org.griddesk.ticket;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo stored with a ticket, already stripped of its metadata, attached to the timeline event it came with. */
@Entity
@Table(name = "ticket_photo")
class TicketPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long eventId;

	private String contentType;

	private int sizeBytes;

	private byte[] data;

	private Instant createdAt;

	protected TicketPhoto() {
	}

	TicketPhoto(Long ticketId, Long eventId, CleanPhoto photo, Instant now) {
		this.ticketId = ticketId;
		this.eventId = eventId;
		this.contentType = photo.format().contentType();
		this.sizeBytes = photo.data().length;
		this.data = photo.data();
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	PhotoContent toContent() {
		return new PhotoContent(this.id, this.contentType, this.data);
	}

}
