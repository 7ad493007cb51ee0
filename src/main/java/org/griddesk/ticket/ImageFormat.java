package org.griddesk.ticket;

import java.util.Optional;

/** The photo formats GridDesk accepts, recognised by their first bytes rather than by a file name anyone can change. */
enum ImageFormat {

	JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String contentType;

	ImageFormat(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return this.contentType;
	}

	static Optional<ImageFormat> sniff(byte[] data) {
		if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(data, PNG_SIGNATURE, 0)) {
			return Optional.of(PNG);
		}
		if (data.length >= 12 && startsWith(data, ascii("RIFF"), 0) && startsWith(data, ascii("WEBP"), 8)) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	static boolean startsWith(byte[] data, byte[] prefix, int offset) {
		if (data.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	static byte[] ascii(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

}
