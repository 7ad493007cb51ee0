package org.griddesk.ledger;

/**
 * A person as their edit form starts: everything but the identity number and phone, which the form shows masked
 * and changes only when a new value is typed.
 */
record PersonEdit(PersonView person, HouseholdView household, long version) {
}
