package org.griddesk.ticket;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageMetadataStripperTests {

	@Test
	void formatsAreRecognisedByTheirContentNotTheirName() {
		assertThat(ImageFormat.sniff(TestImages.jpeg(8, 8))).contains(ImageFormat.JPEG);
		assertThat(ImageFormat.sniff(TestImages.png(8, 8))).contains(ImageFormat.PNG);
		assertThat(ImageFormat.sniff(TestImages.webp())).contains(ImageFormat.WEBP);
		byte[] renamedExe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
		assertThat(ImageFormat.sniff(renamedExe)).isEmpty();
		assertThat(ImageFormat.sniff("just some text, saved as photo.jpg".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageFormat.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		byte[] riffWave = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
		assertThat(ImageFormat.sniff(riffWave)).isEmpty();
	}

	@Test
	void jpegLosesExifGpsXmpAndCommentsButStillDecodes() throws IOException {
		byte[] original = TestImages.jpegWithLocation(40, 30);
		assertThat(TestImages.contains(original, TestImages.GPS_MARKER)).isTrue();
		assertThat(TestImages.contains(original, "Exif")).isTrue();

		byte[] stripped = ImageMetadataStripper.strip(ImageFormat.JPEG, original);

		assertThat(TestImages.contains(stripped, TestImages.GPS_MARKER)).isFalse();
		assertThat(TestImages.contains(stripped, "Exif")).isFalse();
		assertThat(TestImages.contains(stripped, "xmpmeta")).isFalse();
		assertThat(TestImages.contains(stripped, "130.9713E")).isFalse();
		assertThat(TestImages.contains(stripped, "JFIF")).as("the JFIF header stays").isTrue();
		assertThat(markers(stripped)).doesNotContain(0xE1, 0xFE);
		assertThat(stripped).endsWith(0xFF, 0xD9);
		assertSameSize(stripped, 40, 30);
	}

	@Test
	void jpegWithoutMetadataKeepsEverySegmentAndItsScanData() {
		byte[] plain = TestImages.jpeg(16, 16);
		assertThat(ImageMetadataStripper.strip(ImageFormat.JPEG, plain)).isEqualTo(plain);
	}

	@Test
	void progressiveJpegWithSeveralScansSurvives() throws IOException {
		byte[] progressive = TestImages.progressiveJpeg(64, 48);
		byte[] stripped = ImageMetadataStripper.strip(ImageFormat.JPEG, progressive);
		assertThat(markers(stripped).stream().filter(marker -> marker == 0xDA).count()).isGreaterThan(1);
		assertSameSize(stripped, 64, 48);
	}

	@Test
	void bytesAfterTheEndOfAJpegAreDropped() {
		byte[] plain = TestImages.jpeg(8, 8);
		byte[] withTrailer = Arrays.copyOf(plain, plain.length + 9);
		System.arraycopy("PK\3\4hide".getBytes(StandardCharsets.US_ASCII), 0, withTrailer, plain.length, 8);
		assertThat(ImageMetadataStripper.strip(ImageFormat.JPEG, withTrailer)).isEqualTo(plain);
	}

	@Test
	void pngLosesExifTextAndTimeChunksButStillDecodes() throws IOException {
		byte[] original = TestImages.pngWithLocation(20, 10);
		assertThat(TestImages.contains(original, TestImages.GPS_MARKER)).isTrue();

		byte[] stripped = ImageMetadataStripper.strip(ImageFormat.PNG, original);

		assertThat(TestImages.contains(stripped, TestImages.GPS_MARKER)).isFalse();
		for (String chunk : new String[] { "eXIf", "tEXt", "zTXt", "iTXt", "tIME" }) {
			assertThat(TestImages.contains(stripped, chunk)).as(chunk).isFalse();
		}
		assertThat(stripped).isEqualTo(TestImages.png(20, 10));
		assertSameSize(stripped, 20, 10);
	}

	@Test
	void webpLosesExifAndXmpChunksAndItsHeaderIsRewritten() {
		byte[] original = TestImages.webpWithLocation();
		byte[] stripped = ImageMetadataStripper.strip(ImageFormat.WEBP, original);

		assertThat(TestImages.contains(stripped, TestImages.GPS_MARKER)).isFalse();
		assertThat(TestImages.contains(stripped, "EXIF")).isFalse();
		assertThat(TestImages.contains(stripped, "XMP ")).isFalse();
		assertThat(le32(stripped, 4)).as("RIFF size").isEqualTo(stripped.length - 8);
		int vp8x = TestImages.indexOf(stripped, "VP8X".getBytes(StandardCharsets.US_ASCII));
		assertThat(vp8x).isEqualTo(12);
		assertThat(stripped[vp8x + 8] & (0x08 | 0x04)).as("Exif and XMP flags").isZero();
		assertThat(TestImages.contains(stripped, "VP8L")).isTrue();
		assertThat(ImageFormat.sniff(stripped)).contains(ImageFormat.WEBP);
	}

	@Test
	void simpleWebpIsLeftAsItIs() {
		assertThat(ImageMetadataStripper.strip(ImageFormat.WEBP, TestImages.webp())).isEqualTo(TestImages.webp());
	}

	@Test
	void brokenFilesAreRefusedNotPassedThrough() {
		byte[] jpeg = TestImages.jpeg(8, 8);
		assertThatThrownBy(() -> ImageMetadataStripper.strip(ImageFormat.JPEG, Arrays.copyOf(jpeg, 40)))
			.isInstanceOf(ImageMetadataStripper.MalformedImageException.class);
		byte[] fakeJpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x7F, 0x7F, 'J' };
		assertThatThrownBy(() -> ImageMetadataStripper.strip(ImageFormat.JPEG, fakeJpeg))
			.isInstanceOf(ImageMetadataStripper.MalformedImageException.class);
		byte[] png = TestImages.png(8, 8);
		assertThatThrownBy(() -> ImageMetadataStripper.strip(ImageFormat.PNG, Arrays.copyOf(png, png.length - 12)))
			.isInstanceOf(ImageMetadataStripper.MalformedImageException.class);
		byte[] webp = TestImages.webp();
		assertThatThrownBy(() -> ImageMetadataStripper.strip(ImageFormat.WEBP, Arrays.copyOf(webp, 20)))
			.isInstanceOf(ImageMetadataStripper.MalformedImageException.class);
	}

	private static void assertSameSize(byte[] image, int width, int height) throws IOException {
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
		assertThat(decoded).as("decodes").isNotNull();
		assertThat(decoded.getWidth()).isEqualTo(width);
		assertThat(decoded.getHeight()).isEqualTo(height);
	}

	/** The segment markers of a JPEG up to its first scan and between scans (scan data is skipped). */
	private static List<Integer> markers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int pos = 2;
		while (pos + 4 <= jpeg.length) {
			int marker = jpeg[pos + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xD9) {
				break;
			}
			int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
			pos += 2 + length;
			if (marker == 0xDA) {
				while (pos + 1 < jpeg.length && !((jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) != 0
						&& ((jpeg[pos + 1] & 0xFF) < 0xD0 || (jpeg[pos + 1] & 0xFF) > 0xD7))) {
					pos++;
				}
			}
		}
		return markers;
	}

	private static int le32(byte[] data, int offset) {
		return ByteBuffer.wrap(data, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
	}

}
