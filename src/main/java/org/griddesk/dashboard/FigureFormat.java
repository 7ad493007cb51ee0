package org.griddesk.dashboard;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How figures read on pages and reports: rates as percentages with one decimal, means in hours with one decimal, a
 * dash where there is nothing to divide by. Templates call it as {@code ${@figureFormat.percent(x)}}.
 */
@Component("figureFormat")
public class FigureFormat {

	public static final String NOTHING = "—";

	public String percent(Double rate) {
		return rate == null ? NOTHING : String.format(Locale.ROOT, "%.1f%%", rate * 100);
	}

	public String hours(Duration duration) {
		return duration == null ? NOTHING : String.format(Locale.ROOT, "%.1f", duration.toSeconds() / 3600.0);
	}

	/** A rate as a number for charts (percent, one decimal), or {@code null}. */
	public Double percentValue(Double rate) {
		return rate == null ? null : Math.round(rate * 1000) / 10.0;
	}

}
