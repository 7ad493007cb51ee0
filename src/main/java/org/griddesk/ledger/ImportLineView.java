package org.griddesk.ledger;

import java.util.List;

/** One row of the import preview; the identity number and phone masked like everywhere else. */
record ImportLineView(int lineNo, ImportVerdict verdict, String gridCode, String door, String name, String gender,
		String maskedIdNumber, String maskedPhone, String relation, String tags, List<ImportReason> reasons) {
}
