package org.griddesk.ledger;

import java.util.List;

/** A door and the people living there, to put on the ledger in one go with {@link Ledger#enrolAll}. */
public record HouseholdEnrolment(HouseholdDetails door, List<PersonDetails> people) {

	public HouseholdEnrolment {
		people = List.copyOf(people);
	}

}
