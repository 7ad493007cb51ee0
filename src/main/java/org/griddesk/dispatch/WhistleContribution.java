package org.griddesk.dispatch;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a summoned department contributed while working its part (also written to the ticket's timeline). */
@Entity
@Table(name = "whistle_contribution")
class WhistleContribution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long summonsId;

	private Long authorId;

	private Instant at;

	private String note;

	protected WhistleContribution() {
	}

	WhistleContribution(Long summonsId, Long authorId, Instant at, String note) {
		this.summonsId = summonsId;
		this.authorId = authorId;
		this.at = at;
		this.note = note;
	}

	Long getSummonsId() {
		return this.summonsId;
	}

	Long getAuthorId() {
		return this.authorId;
	}

	Instant getAt() {
		return this.at;
	}

	String getNote() {
		return this.note;
	}

}
