package org.griddesk.ledger;

public enum Gender {

	MALE, FEMALE

}
