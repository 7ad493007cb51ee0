package org.griddesk.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often GridDesk writes a region's report: weeks run Monday to Sunday, months by the calendar. */
public enum ReportKind {

	WEEKLY, MONTHLY;

	/** The week or month that contains the day. */
	public Period periodContaining(LocalDate day) {
		return switch (this) {
			case WEEKLY -> {
				LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield Period.days(monday, monday.plusDays(6));
			}
			case MONTHLY -> Period.days(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
		};
	}

	/** The last week or month that has ended by the given day (what the schedule reports on). */
	public Period lastCompleted(LocalDate today) {
		return switch (this) {
			case WEEKLY -> periodContaining(today.minusWeeks(1));
			case MONTHLY -> periodContaining(today.minusMonths(1));
		};
	}

}
