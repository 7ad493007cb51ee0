package org.griddesk.ledger;

import java.util.Map;

/** One data row of an import file as read: the row number in the file and the trimmed cell texts. */
record RawRow(int lineNo, Map<ImportColumn, String> cells) {

	String get(ImportColumn column) {
		String value = this.cells.get(column);
		return value == null ? "" : value;
	}

}
