package org.griddesk.ledger;

import java.time.LocalDate;
import java.util.Set;

/** One line of a person search: enough to pick the right resident and file a ticket for their door. */
public record PersonRow(Long id, String name, Gender gender, LocalDate birthDate, String maskedIdNumber,
		String maskedPhone, Relation relation, Set<PersonTag> tags, PersonStatus status, Long householdId,
		Long gridId, String address) {

	public boolean active() {
		return this.status == PersonStatus.ACTIVE;
	}

}
