package org.griddesk.ledger;

/** A grid as the ledger pages name it. */
record GridOption(Long id, String code, String label) {
}
