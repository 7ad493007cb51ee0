package org.griddesk.ledger;

import java.util.List;

/** A door with its people and its history. */
record HouseholdPage(HouseholdView household, String gridLabel, List<PersonView> people, List<ChangeRow> history,
		boolean canEdit) {
}
