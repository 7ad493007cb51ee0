package org.griddesk.ledger;

/** Whether a person still lives on the ledger: moved-out and deceased persons stay, for the record. */
public enum PersonStatus {

	ACTIVE, MOVED_OUT, DECEASED

}
