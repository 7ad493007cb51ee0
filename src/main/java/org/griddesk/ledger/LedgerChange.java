package org.griddesk.ledger;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the append-only ledger history; personal data in it is masked before it gets here. */
@Entity
@Table(name = "ledger_change")
class LedgerChange {

	enum Action {

		CREATED, UPDATED, MOVED, STATUS_CHANGED, IMPORTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	private Long actorId;

	private String actorName;

	private Long householdId;

	private Long personId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private String field;

	private String oldValue;

	private String newValue;

	protected LedgerChange() {
	}

	LedgerChange(Instant at, Actor actor, Long householdId, Long personId, Action action, String field,
			String oldValue, String newValue) {
		this.at = at;
		this.actorId = actor.accountId();
		this.actorName = actor.name();
		this.householdId = householdId;
		this.personId = personId;
		this.action = action;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
	}

	ChangeRow toRow() {
		return new ChangeRow(this.at, this.actorName, this.actorId == null, this.personId, this.action.name(), this.field, this.oldValue,
				this.newValue);
	}

}
