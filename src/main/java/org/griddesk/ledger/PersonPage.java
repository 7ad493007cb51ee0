package org.griddesk.ledger;

import java.util.List;

/** A person with their door, history and who looked at their personal data; what the user may do with them. */
record PersonPage(PersonView person, HouseholdView household, String gridLabel, List<ChangeRow> history,
		List<AccessRow> accessLog, boolean canEdit, boolean canReveal) {
}
