package org.griddesk.dispatch;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 督办: a commander pressed the owner of a ticket. It is answered by the owner's next move on the ticket; unanswered
 * for too long, it escalates once to the desk above the owner.
 */
@Entity
@Table(name = "urge")
class Urge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long urgedBy;

	private Instant urgedAt;

	private String message;

	private Instant answeredAt;

	private Instant escalatedAt;

	private Long escalatedTo;

	protected Urge() {
	}

	Urge(Long ticketId, Long urgedBy, Instant urgedAt, String message) {
		this.ticketId = ticketId;
		this.urgedBy = urgedBy;
		this.urgedAt = urgedAt;
		this.message = message;
	}

	Long getId() {
		return this.id;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	Long getUrgedBy() {
		return this.urgedBy;
	}

	Instant getUrgedAt() {
		return this.urgedAt;
	}

	String getMessage() {
		return this.message;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	Long getEscalatedTo() {
		return this.escalatedTo;
	}

}
