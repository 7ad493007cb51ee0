package org.griddesk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * How figures read on pages and reports: rates as percentages with one decimal, means in hours with one decimal, a
 * dash where there is nothing to divide by. Templates call it as {@code ${@figureFormat.percent(x)}}.
 */
@Component("figureFormat")
public class FigureFormat {

	public static final String NOTHING = "—";

	public String percent(Double rate) {
		return rate == null ? NOTHING : oneDecimal(rate * 100) + "%";
	}

	public String hours(Duration duration) {
		return duration == null ? NOTHING : oneDecimal(duration.toSeconds() / 3600.0);
	}

	/**
	 * As {@code String.format("%.1f")} rounds (half up, from the shortest decimal that reads back as the double), at a
	 * fraction of its cost: a dashboard formats a few hundred figures.
	 */
	private static String oneDecimal(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** A rate as a number for charts (percent, one decimal), or {@code null}. */
	public Double percentValue(Double rate) {
		return rate == null ? null : Math.round(rate * 1000) / 10.0;
	}

}
