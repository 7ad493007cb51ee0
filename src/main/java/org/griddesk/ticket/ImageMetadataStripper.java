package org.griddesk.ticket;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes what a photo says about where and when it was taken, and by which device, before GridDesk stores it: Exif
 * (with its GPS block), XMP, comments and text chunks. It works on the container structure only — segments and
 * chunks are copied or left out byte for byte — so the picture itself is never re-encoded. Anything that does not
 * parse as the claimed format is refused rather than passed through.
 */
final class ImageMetadataStripper {

	private static final int JPEG_APP0 = 0xE0;

	private static final int JPEG_APP14 = 0xEE;

	private static final int JPEG_APP15 = 0xEF;

	private static final int JPEG_COM = 0xFE;

	private static final int JPEG_SOS = 0xDA;

	private static final int JPEG_EOI = 0xD9;

	/** PNG chunks that carry metadata: Exif, free text (often a location or an author), and the modification time. */
	private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

	private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");

	private static final Set<String> WEBP_IMAGE = Set.of("VP8 ", "VP8L", "VP8X");

	/** VP8X flag bits announcing Exif and XMP chunks; left set without their chunks, decoders may look for them. */
	private static final int VP8X_EXIF_FLAG = 0x08;

	private static final int VP8X_XMP_FLAG = 0x04;

	private ImageMetadataStripper() {
	}

	static byte[] strip(ImageFormat format, byte[] data) {
		return switch (format) {
			case JPEG -> stripJpeg(data);
			case PNG -> stripPng(data);
			case WEBP -> stripWebp(data);
		};
	}

	/**
	 * Keeps the JFIF header and Adobe's APP14 (it tells decoders how the colour channels are transformed, and says
	 * nothing about the photographer); drops every other APPn segment — Exif and XMP in APP1, ICC profiles,
	 * maker notes — and comments. Entropy-coded scan data is copied unchanged, and nothing after EOI is kept.
	 */
	private static byte[] stripJpeg(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
		out.write(0xFF);
		out.write(0xD8);
		int pos = 2;
		while (pos < data.length) {
			if (u8(data, pos) != 0xFF) {
				throw new MalformedImageException("JPEG: marker expected at " + pos);
			}
			while (pos < data.length && u8(data, pos) == 0xFF) {
				pos++;
			}
			if (pos >= data.length) {
				break;
			}
			int marker = u8(data, pos++);
			if (marker == JPEG_EOI) {
				out.write(0xFF);
				out.write(JPEG_EOI);
				return out.toByteArray();
			}
			if (isStandalone(marker)) {
				out.write(0xFF);
				out.write(marker);
				continue;
			}
			int length = u16be(data, pos);
			if (length < 2 || pos + length > data.length) {
				throw new MalformedImageException("JPEG: segment length out of range at " + pos);
			}
			if (keepsJpegSegment(marker, data, pos + 2, length - 2)) {
				out.write(0xFF);
				out.write(marker);
				out.write(data, pos, length);
			}
			pos += length;
			if (marker == JPEG_SOS) {
				int scanEnd = endOfScan(data, pos);
				out.write(data, pos, scanEnd - pos);
				pos = scanEnd;
			}
		}
		throw new MalformedImageException("JPEG: no end of image");
	}

	private static boolean keepsJpegSegment(int marker, byte[] data, int payload, int payloadLength) {
		if (marker == JPEG_COM) {
			return false;
		}
		if (marker < JPEG_APP0 || marker > JPEG_APP15) {
			return true;
		}
		return (marker == JPEG_APP0 && hasIdentifier(data, payload, payloadLength, "JFIF\0"))
				|| (marker == JPEG_APP14 && hasIdentifier(data, payload, payloadLength, "Adobe"));
	}

	private static boolean hasIdentifier(byte[] data, int payload, int payloadLength, String identifier) {
		byte[] expected = identifier.getBytes(StandardCharsets.US_ASCII);
		return payloadLength >= expected.length && ImageFormat.startsWith(data, expected, payload);
	}

	/** RSTn, TEM and SOI carry no length. */
	private static boolean isStandalone(int marker) {
		return (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01 || marker == 0xD8;
	}

	/**
	 * Scan data ends at the first marker that is not a stuffed zero byte ({@code FF 00}) or a restart marker; a
	 * progressive JPEG has several scans with tables in between, which the segment loop then takes up again.
	 */
	private static int endOfScan(byte[] data, int from) {
		int pos = from;
		while (pos + 1 < data.length) {
			if (u8(data, pos) == 0xFF) {
				int next = u8(data, pos + 1);
				if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
					pos += 2;
					continue;
				}
				if (next != 0xFF) {
					return pos;
				}
			}
			pos++;
		}
		throw new MalformedImageException("JPEG: scan runs to the end of the file");
	}

	private static byte[] stripPng(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
		out.write(data, 0, 8);
		int pos = 8;
		boolean first = true;
		while (pos + 12 <= data.length) {
			long length = u32be(data, pos);
			if (length > data.length - pos - 12L) {
				throw new MalformedImageException("PNG: chunk length out of range at " + pos);
			}
			String type = new String(data, pos + 4, 4, StandardCharsets.US_ASCII);
			if (first && !type.equals("IHDR")) {
				throw new MalformedImageException("PNG: IHDR must come first");
			}
			first = false;
			int end = pos + 12 + (int) length;
			if (!PNG_METADATA.contains(type)) {
				out.write(data, pos, end - pos);
			}
			pos = end;
			if (type.equals("IEND")) {
				return out.toByteArray();
			}
		}
		throw new MalformedImageException("PNG: no IEND chunk");
	}

	/**
	 * Drops the EXIF and XMP chunks, clears their flags in VP8X and writes the RIFF size anew (it counts every byte
	 * after the size field, so it shrinks with each chunk left out).
	 */
	private static byte[] stripWebp(byte[] data) {
		long riffSize = u32le(data, 4);
		if (riffSize < 4 || riffSize + 8 > data.length) {
			throw new MalformedImageException("WebP: RIFF size out of range");
		}
		int end = (int) riffSize + 8;
		ByteArrayOutputStream chunks = new ByteArrayOutputStream(data.length);
		boolean image = false;
		int pos = 12;
		while (pos < end) {
			if (pos + 8 > end) {
				throw new MalformedImageException("WebP: truncated chunk header at " + pos);
			}
			String fourcc = new String(data, pos, 4, StandardCharsets.US_ASCII);
			long size = u32le(data, pos + 4);
			if (size > end - pos - 8L) {
				throw new MalformedImageException("WebP: chunk size out of range at " + pos);
			}
			// chunks are padded to an even length; the padding byte may be missing at the very end
			int next = (int) Math.min(end, pos + 8 + size + (size & 1));
			image |= WEBP_IMAGE.contains(fourcc);
			if (!WEBP_METADATA.contains(fourcc)) {
				byte[] chunk = Arrays.copyOfRange(data, pos, next);
				if (fourcc.equals("VP8X") && size >= 1) {
					chunk[8] &= (byte) ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
				}
				chunks.write(chunk, 0, chunk.length);
			}
			pos = next;
		}
		if (!image) {
			throw new MalformedImageException("WebP: no image data");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(chunks.size() + 12);
		out.write(data, 0, 4);
		writeU32le(out, chunks.size() + 4L);
		out.write(data, 8, 4);
		out.write(chunks.toByteArray(), 0, chunks.size());
		return out.toByteArray();
	}

	private static int u8(byte[] data, int pos) {
		return data[pos] & 0xFF;
	}

	private static int u16be(byte[] data, int pos) {
		if (pos + 2 > data.length) {
			throw new MalformedImageException("truncated at " + pos);
		}
		return (u8(data, pos) << 8) | u8(data, pos + 1);
	}

	private static long u32be(byte[] data, int pos) {
		return ((long) u8(data, pos) << 24) | ((long) u8(data, pos + 1) << 16) | ((long) u8(data, pos + 2) << 8)
				| u8(data, pos + 3);
	}

	private static long u32le(byte[] data, int pos) {
		if (pos + 4 > data.length) {
			throw new MalformedImageException("truncated at " + pos);
		}
		return ((long) u8(data, pos + 3) << 24) | ((long) u8(data, pos + 2) << 16) | ((long) u8(data, pos + 1) << 8)
				| u8(data, pos);
	}

	private static void writeU32le(ByteArrayOutputStream out, long value) {
		out.write((int) (value & 0xFF));
		out.write((int) ((value >> 8) & 0xFF));
		out.write((int) ((value >> 16) & 0xFF));
		out.write((int) ((value >> 24) & 0xFF));
	}

	/** The bytes claim a format but do not follow its structure. */
	static class MalformedImageException extends RuntimeException {

		MalformedImageException(String message) {
			super(message);
		}

	}

}
