package org.griddesk.account;

import java.util.Locale;
import java.util.Set;

import org.griddesk.web.InvalidInputException;

/** Refuses passwords that are short, single-class, a well-known favourite, or the user's own phone or name. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 64;

	private static final Set<String> COMMON = Set.of("password", "password1", "12345678", "123456789", "1234567890",
			"qwerty123", "qwertyui", "abc12345", "abcd1234", "a1234567", "iloveyou1", "11111111", "88888888",
			"66666666", "woaini1314", "password123", "admin123", "griddesk1", "1qaz2wsx", "aa123456", "zxcvbnm1");

	private PasswordPolicy() {
	}

	static void check(String field, String password, String... personalValues) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw new InvalidInputException(field, "password.error.length", MIN_LENGTH, MAX_LENGTH);
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			throw new InvalidInputException(field, "password.error.classes");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			throw new InvalidInputException(field, "password.error.common");
		}
		for (String personal : personalValues) {
			if (personal != null && !personal.isBlank() && lower.contains(personal.toLowerCase(Locale.ROOT))) {
				throw new InvalidInputException(field, "password.error.personal");
			}
		}
	}

}
