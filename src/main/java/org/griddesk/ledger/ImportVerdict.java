package org.griddesk.ledger;

/** What confirming an import will do with one row. */
enum ImportVerdict {

	/** a person not yet on the ledger */
	NEW,
	/** a person already on the ledger (same identity number), in the user's grids */
	UPDATE,
	/** a row that breaks a rule; the reasons say which */
	REJECTED

}
