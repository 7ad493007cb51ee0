package org.griddesk.ledger;

/** The personal data that is masked everywhere and can only be revealed on purpose. */
enum PersonalDataField {

	ID_NUMBER, PHONE

}
