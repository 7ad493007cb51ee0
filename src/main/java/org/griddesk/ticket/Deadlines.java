package org.griddesk.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.griddesk.catalog.WindowCalendar;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a window that opens now closes: so many wall-clock hours later, or so many working hours later, counting only
 * the working hours (9:00–17:00 in the district's zone by default) of working days.
 */
@Component
class Deadlines {

	private final ZoneId zone;

	private final LocalTime workStart;

	private final LocalTime workEnd;

	private final List<WorkingDays> calendars;

	@Autowired
	Deadlines(@Value("${griddesk.time-zone:Asia/Shanghai}") ZoneId zone,
			@Value("${griddesk.deadlines.working-hours-start:09:00}") LocalTime workStart,
			@Value("${griddesk.deadlines.working-hours-end:17:00}") LocalTime workEnd,
			ObjectProvider<WorkingDays> calendars) {
		this(zone, workStart, workEnd, calendars.orderedStream().toList());
	}

	Deadlines(ZoneId zone, LocalTime workStart, LocalTime workEnd, List<WorkingDays> calendars) {
		if (!workStart.isBefore(workEnd)) {
			throw new IllegalArgumentException("Working hours must start before they end: " + workStart + "–" + workEnd);
		}
		this.zone = zone;
		this.workStart = workStart;
		this.workEnd = workEnd;
		this.calendars = calendars;
	}

	/**
	 * The window of so many hours opening at {@code start}: when it closes and, for a window counted in working hours,
	 * when it turns into a warning — at {@link DeadlineState#WARNING_SHARE} of its working time, which on a window
	 * spanning a night, a weekend or a holiday is not 80% of the wall-clock span. A wall-clock window leaves the
	 * warning point to that span ({@code null}), as the queries that compute it from the window do.
	 */
	Window window(Instant start, int hours, WindowCalendar calendar) {
		Duration length = Duration.ofHours(hours);
		if (calendar != WindowCalendar.WORKING_HOURS) {
			return new Window(start.plus(length), null);
		}
		Duration warning = Duration.ofMillis((long) (length.toMillis() * DeadlineState.WARNING_SHARE));
		return new Window(workingTimeLater(start, length), workingTimeLater(start, warning));
	}

	Instant due(Instant start, int hours, WindowCalendar calendar) {
		return window(start, hours, calendar).due();
	}

	private Instant workingTimeLater(Instant start, Duration length) {
		long hours = length.toHours() + 1;
		Duration left = length;
		ZonedDateTime at = start.atZone(this.zone);
		LocalDate day = at.toLocalDate();
		Map<LocalDate, Boolean> exceptions = Map.of();
		LocalDate knownUntil = day.minusDays(1);
		while (true) {
			if (day.isAfter(knownUntil)) {
				// enough calendar for the whole window at once: working days are at most 5 of 7, plus holiday slack
				knownUntil = day.plusDays(hours / workingHoursPerDay() * 2 + 31);
				exceptions = exceptions(day, knownUntil);
			}
			if (isWorkingDay(day, exceptions)) {
				ZonedDateTime opens = day.atTime(this.workStart).atZone(this.zone);
				ZonedDateTime closes = day.atTime(this.workEnd).atZone(this.zone);
				ZonedDateTime from = at.isAfter(opens) ? at : opens;
				if (from.isBefore(closes)) {
					Duration available = Duration.between(from, closes);
					if (left.compareTo(available) <= 0) {
						return from.plus(left).toInstant();
					}
					left = left.minus(available);
				}
			}
			day = day.plusDays(1);
			at = day.atStartOfDay(this.zone);
		}
	}

	private long workingHoursPerDay() {
		return Math.max(1, Duration.between(this.workStart, this.workEnd).toHours());
	}

	private Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to) {
		if (this.calendars.isEmpty()) {
			return Map.of();
		}
		return this.calendars.get(0).exceptions(from, to);
	}

	private static boolean isWorkingDay(LocalDate day, Map<LocalDate, Boolean> exceptions) {
		Boolean exception = exceptions.get(day);
		if (exception != null) {
			return exception;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
