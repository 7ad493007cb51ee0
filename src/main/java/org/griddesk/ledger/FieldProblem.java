package org.griddesk.ledger;

/** One broken rule, tied to the form field or import column it concerns. */
record FieldProblem(String field, String messageKey, Object... arguments) {
}
