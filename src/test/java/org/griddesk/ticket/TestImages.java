package org.griddesk.ticket;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Real, tiny images made in the test (javax.imageio for JPEG and PNG; WebP by hand, which ImageIO cannot write), and
 * the metadata a phone camera would put into them: an Exif block with GPS coordinates, text chunks, XMP.
 */
public final class TestImages {

	/** What a GPS IFD looks like from the outside: the tag name cameras write and a coordinate. */
	public static final String GPS_MARKER = "GPSLatitude 45.2961N 130.9713E";

	/** A 1×1 lossless WebP (VP8L) image. */
	private static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	private TestImages() {
	}

	public static byte[] png(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png", false);
	}

	public static byte[] jpeg(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", false);
	}

	public static byte[] progressiveJpeg(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", true);
	}

	/** A JPEG with, right after SOI, an APP1 Exif block carrying GPS bytes, an APP1 XMP packet and a comment. */
	public static byte[] jpegWithLocation(int width, int height) {
		byte[] jpeg = jpeg(width, height);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		writeJpegSegment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), exifWithGps()));
		writeJpegSegment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>45,17.766N"
				+ "</exif:GPSLatitude></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
		writeJpegSegment(out, 0xFE, "shot at 45.2961N 130.9713E by Wang".getBytes(StandardCharsets.UTF_8));
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A PNG with eXIf, tEXt, iTXt and tIME chunks inserted right after IHDR. */
	public static byte[] pngWithLocation(int width, int height) {
		byte[] png = png(width, height);
		int afterIhdr = 8 + 12 + 13;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterIhdr);
		writePngChunk(out, "eXIf", exifWithGps());
		writePngChunk(out, "tEXt", ("Location\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1));
		writePngChunk(out, "iTXt", ("Author\0\0\0\0\0王秀兰 " + GPS_MARKER).getBytes(StandardCharsets.UTF_8));
		writePngChunk(out, "tIME", new byte[] { 0x07, (byte) 0xE9, 5, 1, 8, 30, 0 });
		out.write(png, afterIhdr, png.length - afterIhdr);
		return out.toByteArray();
	}

	public static byte[] webp() {
		return WEBP_1X1.clone();
	}

	/** The 1×1 WebP in the extended format: VP8X announcing Exif and XMP, the image, then EXIF and XMP chunks. */
	public static byte[] webpWithLocation() {
		byte[] image = Arrays.copyOfRange(WEBP_1X1, 12, WEBP_1X1.length);
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		byte[] vp8x = new byte[10];
		vp8x[0] = 0x08 | 0x04;
		writeWebpChunk(chunks, "VP8X", vp8x);
		chunks.write(image, 0, image.length);
		writeWebpChunk(chunks, "EXIF", exifWithGps());
		writeWebpChunk(chunks, "XMP ", ("<x:xmpmeta>" + GPS_MARKER + "</x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(le32(chunks.size() + 4));
		out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(chunks.toByteArray());
		return out.toByteArray();
	}

	public static boolean contains(byte[] haystack, String needle) {
		return indexOf(haystack, needle.getBytes(StandardCharsets.UTF_8)) >= 0;
	}

	public static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** A little-endian TIFF header with one IFD entry pointing at a GPS IFD, followed by readable GPS text. */
	private static byte[] exifWithGps() {
		ByteBuffer tiff = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
		tiff.putInt(0);
		return concat(Arrays.copyOf(tiff.array(), tiff.position()),
				GPS_MARKER.getBytes(StandardCharsets.US_ASCII));
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2E7D32));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	private static byte[] write(BufferedImage image, String format, boolean progressive) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
			try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
				writer.setOutput(stream);
				ImageWriteParam param = writer.getDefaultWriteParam();
				if (progressive) {
					param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
				}
				writer.write(null, new IIOImage(image, null, null), param);
			}
			writer.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeJpegSegment(ByteArrayOutputStream out, int marker, byte[] payload) {
		out.write(0xFF);
		out.write(marker);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(payload);
	}

	private static void writePngChunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static void writeWebpChunk(ByteArrayOutputStream out, String fourcc, byte[] data) {
		out.writeBytes(fourcc.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(le32(data.length));
		out.writeBytes(data);
		if (data.length % 2 == 1) {
			out.write(0);
		}
	}

	private static byte[] le32(int value) {
		return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}

}
