package org.griddesk.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character resident identity number of GB 11643: six digits of region, eight of birth date, three of
 * sequence (odd for men) and a check character computed ISO 7064 MOD 11-2 over the first seventeen.
 */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

	/** Why a number is wrong, as a message key; the number is well-formed when this is empty. */
	public enum Problem {

		FORMAT("ledger.error.idFormat"), CHECK_DIGIT("ledger.error.idCheckDigit"),
		BIRTH_DATE("ledger.error.idBirthDate");

		private final String messageKey;

		Problem(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

	private IdNumbers() {
	}

	/** Trims and upper-cases a trailing x, the way people type it. */
	public static String normalize(String raw) {
		return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
	}

	public static Optional<Problem> check(String idNumber, LocalDate today) {
		if (idNumber == null || !idNumber.matches("^[0-9]{17}[0-9X]$")) {
			return Optional.of(Problem.FORMAT);
		}
		Optional<LocalDate> birthDate = birthDate(idNumber);
		if (birthDate.isEmpty() || birthDate.get().isBefore(EARLIEST_BIRTH) || birthDate.get().isAfter(today)) {
			return Optional.of(Problem.BIRTH_DATE);
		}
		if (checkCharacter(idNumber.substring(0, 17)) != idNumber.charAt(17)) {
			return Optional.of(Problem.CHECK_DIGIT);
		}
		return Optional.empty();
	}

	/** The birth date written in positions 7–14, if it is a real date. */
	public static Optional<LocalDate> birthDate(String idNumber) {
		if (idNumber == null || idNumber.length() < 14) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
					Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14))));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	public static char checkCharacter(String first17Digits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

}
