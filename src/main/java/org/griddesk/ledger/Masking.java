package org.griddesk.ledger;

/**
 * How personal data appears wherever it is listed or shown: identity numbers keep their first and last four
 * characters (2301**********1234), phones their first three and last four digits (138****5678).
 */
public final class Masking {

	private Masking() {
	}

	public static String idNumber(String idNumber) {
		if (idNumber == null || idNumber.isEmpty()) {
			return "";
		}
		if (idNumber.length() <= 8) {
			return "*".repeat(idNumber.length());
		}
		return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8)
				+ idNumber.substring(idNumber.length() - 4);
	}

	public static String phone(String phone) {
		if (phone == null || phone.isEmpty()) {
			return "";
		}
		if (phone.length() <= 7) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

}
