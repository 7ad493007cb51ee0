package org.griddesk.ledger;

import java.time.LocalDate;
import java.util.Set;

/** A person as pages and other modules see them: identity number and phone masked, never in clear. */
public record PersonView(Long id, Long householdId, Long gridId, String name, Gender gender, LocalDate birthDate,
		String maskedIdNumber, String maskedPhone, Relation relation, Set<PersonTag> tags, PersonStatus status,
		String notes) {

	public boolean active() {
		return this.status == PersonStatus.ACTIVE;
	}

}
