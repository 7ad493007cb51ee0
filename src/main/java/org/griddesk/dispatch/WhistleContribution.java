package org.griddesk.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
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

	/** Ids of the ticket photos that came with it, in the order they were added. */
	@ElementCollection
	@CollectionTable(name = "whistle_contribution_photo", joinColumns = @JoinColumn(name = "contribution_id"))
	@Column(name = "photo_id")
	@OrderBy
	private List<Long> photoIds = new ArrayList<>();

	protected WhistleContribution() {
	}

	WhistleContribution(Long summonsId, Long authorId, Instant at, String note, List<Long> photoIds) {
		this.summonsId = summonsId;
		this.authorId = authorId;
		this.at = at;
		this.note = note;
		this.photoIds.addAll(photoIds);
	}

	List<Long> getPhotoIds() {
		return List.copyOf(this.photoIds);
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
