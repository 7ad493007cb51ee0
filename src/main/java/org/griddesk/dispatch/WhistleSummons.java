package org.griddesk.dispatch;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.griddesk.web.ConflictException;

/** One summoned department of a whistle: summoned, reported in (报到), done — each once. */
@Entity
@Table(name = "whistle_summons")
class WhistleSummons {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long departmentId;

	private Instant summonedAt;

	private Instant reportedInAt;

	private Long reportedInBy;

	private String reportNote;

	private Instant doneAt;

	private Long doneBy;

	private String doneNote;

	@Version
	private long version;

	protected WhistleSummons() {
	}

	WhistleSummons(Long departmentId, Instant now) {
		this.departmentId = departmentId;
		this.summonedAt = now;
	}

	void reportIn(Long accountId, String note, Instant now) {
		if (this.reportedInAt != null) {
			throw new ConflictException("dispatch.error.alreadyReportedIn");
		}
		this.reportedInAt = now;
		this.reportedInBy = accountId;
		this.reportNote = note;
	}

	void finish(Long accountId, String note, Instant now) {
		requireReportedIn();
		if (this.doneAt != null) {
			throw new ConflictException("dispatch.error.alreadyDone");
		}
		this.doneAt = now;
		this.doneBy = accountId;
		this.doneNote = note;
	}

	void requireReportedIn() {
		if (this.reportedInAt == null) {
			throw new ConflictException("dispatch.error.reportInFirst");
		}
	}

	boolean isDone() {
		return this.doneAt != null;
	}

	/** Reported in after the window closed, or not yet and the window has closed. */
	boolean isLate(Instant reportInDueAt, Instant now) {
		Instant reported = this.reportedInAt == null ? now : this.reportedInAt;
		return reported.isAfter(reportInDueAt);
	}

	Long getId() {
		return this.id;
	}

	Long getDepartmentId() {
		return this.departmentId;
	}

	Instant getSummonedAt() {
		return this.summonedAt;
	}

	Instant getReportedInAt() {
		return this.reportedInAt;
	}

	Long getReportedInBy() {
		return this.reportedInBy;
	}

	String getReportNote() {
		return this.reportNote;
	}

	Instant getDoneAt() {
		return this.doneAt;
	}

	Long getDoneBy() {
		return this.doneBy;
	}

	String getDoneNote() {
		return this.doneNote;
	}

}
