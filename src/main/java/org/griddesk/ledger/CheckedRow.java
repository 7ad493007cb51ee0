package org.griddesk.ledger;

import java.util.List;

/**
 * One import row after checking: its verdict and reasons, and for an accepted row the door and person it stands
 * for, and the person already on the ledger that it updates.
 */
record CheckedRow(RawRow row, ImportVerdict verdict, List<ImportReason> reasons, HouseholdDetails door,
		PersonDetails person, Long existingPersonId) {

	boolean accepted() {
		return this.verdict != ImportVerdict.REJECTED;
	}

}
