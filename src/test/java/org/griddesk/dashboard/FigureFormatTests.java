package org.griddesk.dashboard;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures read exactly as {@code String.format("%.1f")} writes them, ties and all. */
class FigureFormatTests {

	private final FigureFormat format = new FigureFormat();

	@Test
	void ratesReadAsStringFormatWritesThem() {
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < 200_000; i++) {
			double rate = random.nextDouble();
			assertThat(this.format.percent(rate)).as("rate %s", rate)
				.isEqualTo(String.format(Locale.ROOT, "%.1f%%", rate * 100));
		}
		for (int numerator = 0; numerator <= 2_000; numerator++) {
			for (int denominator : new int[] { 3, 7, 8, 16, 40, 400, 2_000 }) {
				double rate = (double) numerator / denominator;
				assertThat(this.format.percent(rate)).as("%s/%s", numerator, denominator)
					.isEqualTo(String.format(Locale.ROOT, "%.1f%%", rate * 100));
			}
		}
		assertThat(this.format.percent(0.0025)).isEqualTo("0.3%");
		assertThat(this.format.percent(1.0)).isEqualTo("100.0%");
		assertThat(this.format.percent(null)).isEqualTo(FigureFormat.NOTHING);
	}

	@Test
	void hoursReadAsStringFormatWritesThem() {
		for (long seconds = 0; seconds < 400_000; seconds += 7) {
			assertThat(this.format.hours(Duration.ofSeconds(seconds))).as("%s s", seconds)
				.isEqualTo(String.format(Locale.ROOT, "%.1f", seconds / 3600.0));
		}
		assertThat(this.format.hours(Duration.ofMinutes(15))).isEqualTo("0.3");
		assertThat(this.format.hours(null)).isEqualTo(FigureFormat.NOTHING);
	}

}
