package org.griddesk.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_log")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	private String actor;

	private String action;

	private String targetType;

	private Long targetId;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, String actor, String action, String targetType, Long targetId, String detail) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.detail = detail;
	}

	AuditRow toRow() {
		return new AuditRow(this.at, this.actor, this.action, this.targetType, this.targetId, this.detail);
	}

}
