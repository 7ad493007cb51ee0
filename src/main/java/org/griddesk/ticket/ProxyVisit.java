package org.griddesk.ticket;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 上门代办: one visit to a resident's home to handle a formality for them. Never changed once written. */
@Entity
@Table(name = "ticket_proxy_visit")
class ProxyVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long workerId;

	private Instant visitedAt;

	private String outcome;

	private boolean formalityCompleted;

	private Instant recordedAt;

	protected ProxyVisit() {
	}

	ProxyVisit(Long ticketId, Long workerId, Instant visitedAt, String outcome, boolean formalityCompleted,
			Instant recordedAt) {
		this.ticketId = ticketId;
		this.workerId = workerId;
		this.visitedAt = visitedAt;
		this.outcome = outcome;
		this.formalityCompleted = formalityCompleted;
		this.recordedAt = recordedAt;
	}

	ProxyVisitView toView(String workerName) {
		return new ProxyVisitView(this.id, this.visitedAt, this.workerId, workerName, this.outcome,
				this.formalityCompleted, this.recordedAt);
	}

	Long getWorkerId() {
		return this.workerId;
	}

}
