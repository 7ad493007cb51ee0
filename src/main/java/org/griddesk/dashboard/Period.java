package org.griddesk.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.griddesk.web.InvalidInputException;

/**
 * Days of submission, both ends included, in the district's time zone. A preset is relative to today; a custom period
 * names its days and may span at most {@value #MAX_DAYS} days.
 */
public record Period(Preset preset, LocalDate from, LocalDate to) {

	static final int MAX_DAYS = 731;

	public enum Preset {

		TODAY, LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, LAST_MONTH, CUSTOM

	}

	public Period {
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "dashboard.error.periodOrder");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new InvalidInputException("from", "dashboard.error.periodLength", MAX_DAYS);
		}
	}

	static Period of(Preset preset, LocalDate from, LocalDate to, LocalDate today) {
		return switch (preset == null ? Preset.LAST_30_DAYS : preset) {
			case TODAY -> new Period(Preset.TODAY, today, today);
			case LAST_7_DAYS -> new Period(Preset.LAST_7_DAYS, today.minusDays(6), today);
			case LAST_30_DAYS -> new Period(Preset.LAST_30_DAYS, today.minusDays(29), today);
			case THIS_MONTH -> new Period(Preset.THIS_MONTH, today.withDayOfMonth(1), today);
			case LAST_MONTH -> {
				LocalDate first = today.withDayOfMonth(1).minusMonths(1);
				yield new Period(Preset.LAST_MONTH, first, first.plusMonths(1).minusDays(1));
			}
			case CUSTOM -> {
				if (from == null || to == null) {
					throw new InvalidInputException(from == null ? "from" : "to", "dashboard.error.periodMissing");
				}
				yield new Period(Preset.CUSTOM, from, to);
			}
		};
	}

	static Period days(LocalDate from, LocalDate to) {
		return new Period(Preset.CUSTOM, from, to);
	}

	public long length() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

}
