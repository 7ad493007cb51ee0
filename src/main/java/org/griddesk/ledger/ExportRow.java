package org.griddesk.ledger;

/** One person of an export with their door and the grid's code. */
record ExportRow(String gridCode, HouseholdView household, PersonView person) {
}
