package org.griddesk.ledger;

/** What a committed import did. */
record ImportResult(int created, int updated, int skipped, int householdsCreated) {
}
