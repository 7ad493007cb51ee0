package org.griddesk.ledger;

/** What the ledger list is narrowed to: a search text, a grid, a tag (each optional). */
record LedgerFilter(String q, Long gridId, PersonTag tag) {

	LedgerFilter {
		q = q == null ? "" : q.strip().replace("%", "").replace("_", "");
	}

}
