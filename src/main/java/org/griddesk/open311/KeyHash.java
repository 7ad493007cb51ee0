package org.griddesk.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keys are 256 random bits, so an unsalted SHA-256 is enough to make a stolen table useless and still lets a request's
 * key be found by its hash in one indexed lookup (a slow password hash would cost every API call).
 */
final class KeyHash {

	static final int PREFIX_LENGTH = 11;

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyHash() {
	}

	static String newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "gd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String of(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	static String prefix(String key) {
		return key.substring(0, Math.min(PREFIX_LENGTH, key.length()));
	}

}
