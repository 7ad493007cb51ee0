package org.griddesk.ledger;

/** A door as its edit form starts: the current details and the version they were read at. */
record HouseholdEdit(Long id, HouseholdDetails details, long version) {
}
