package org.griddesk.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a row was rejected, or what an accepted row will change: the column it concerns, a message key and an
 * argument. Stored in one text column as {@code field|key|argument;…}.
 */
record ImportReason(String field, String messageKey, String argument) {

	String encoded() {
		return clean(this.field) + "|" + clean(this.messageKey) + "|" + clean(this.argument);
	}

	static String encode(List<ImportReason> reasons) {
		return reasons.stream().map(ImportReason::encoded).collect(Collectors.joining(";"));
	}

	static List<ImportReason> decode(String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(encoded.split(";")).map(part -> {
			String[] pieces = part.split("\\|", -1);
			return new ImportReason(pieces[0], pieces[1], pieces.length > 2 ? pieces[2] : "");
		}).toList();
	}

	private static String clean(String value) {
		return value == null ? "" : value.replace("|", "/").replace(";", ",");
	}

}
