package org.griddesk.ledger;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One revealed identity number or phone: who looked, when, at whose, and why. Append-only. */
@Entity
@Table(name = "personal_data_access")
class PersonalDataAccess {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	private Long actorId;

	private String actorName;

	private String actorRole;

	private Long personId;

	@Enumerated(EnumType.STRING)
	private PersonalDataField field;

	private String reason;

	protected PersonalDataAccess() {
	}

	PersonalDataAccess(Instant at, Long actorId, String actorName, String actorRole, Long personId,
			PersonalDataField field, String reason) {
		this.at = at;
		this.actorId = actorId;
		this.actorName = actorName;
		this.actorRole = actorRole;
		this.personId = personId;
		this.field = field;
		this.reason = reason;
	}

	AccessRow toRow() {
		return new AccessRow(this.at, this.actorName, this.actorRole, this.field.name(), this.reason);
	}

}
