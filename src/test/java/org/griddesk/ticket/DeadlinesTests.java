package org.griddesk.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.griddesk.catalog.WindowCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final Map<LocalDate, Boolean> calendar = new TreeMap<>();

	private final Deadlines deadlines = new Deadlines(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0),
			List.of((from, to) -> this.calendar));

	@Test
	void wallClockWindowsCountEveryHour() {
		Instant friday = at("2025-06-06T16:00");
		assertThat(this.deadlines.due(friday, 4, WindowCalendar.WALL_CLOCK)).isEqualTo(at("2025-06-06T20:00"));
	}

	@Test
	void fourWorkingHoursFromFridayFourPmEndMondayNoon() {
		Instant friday = at("2025-06-06T16:00");
		assertThat(this.deadlines.due(friday, 4, WindowCalendar.WORKING_HOURS)).isEqualTo(at("2025-06-09T12:00"));
	}

	@Test
	void aHolidayIsSkipped() {
		this.calendar.put(LocalDate.parse("2025-06-09"), false);
		Instant friday = at("2025-06-06T16:00");
		assertThat(this.deadlines.due(friday, 4, WindowCalendar.WORKING_HOURS)).isEqualTo(at("2025-06-10T12:00"));
	}

	@Test
	void aMakeUpWorkingDayOnAWeekendCounts() {
		this.calendar.put(LocalDate.parse("2025-06-07"), true);
		Instant friday = at("2025-06-06T16:00");
		assertThat(this.deadlines.due(friday, 4, WindowCalendar.WORKING_HOURS)).isEqualTo(at("2025-06-07T12:00"));
	}

	@Test
	void beforeOpeningTheClockStartsAtNineAndAfterClosingTheNextWorkingDay() {
		assertThat(this.deadlines.due(at("2025-06-04T06:30"), 2, WindowCalendar.WORKING_HOURS))
			.isEqualTo(at("2025-06-04T11:00"));
		assertThat(this.deadlines.due(at("2025-06-04T20:00"), 2, WindowCalendar.WORKING_HOURS))
			.isEqualTo(at("2025-06-05T11:00"));
		assertThat(this.deadlines.due(at("2025-06-07T10:00"), 2, WindowCalendar.WORKING_HOURS))
			.isEqualTo(at("2025-06-09T11:00"));
	}

	@Test
	void aWindowEndingWithTheWorkingDayEndsAtFiveNotNextMorning() {
		assertThat(this.deadlines.due(at("2025-06-04T09:00"), 8, WindowCalendar.WORKING_HOURS))
			.isEqualTo(at("2025-06-04T17:00"));
	}

	@Test
	void aLongWindowSpansWeeksAndTheNationalDayHolidays() {
		// 2025-10-01..08 off, with 2025-09-28 (Sunday) and 2025-10-11 (Saturday) worked in exchange
		for (int day = 1; day <= 8; day++) {
			if (LocalDate.of(2025, 10, day).getDayOfWeek().getValue() < 6) {
				this.calendar.put(LocalDate.of(2025, 10, day), false);
			}
		}
		this.calendar.put(LocalDate.parse("2025-09-28"), true);
		this.calendar.put(LocalDate.parse("2025-10-11"), true);
		// Friday 26 Sep 9:00 + 24 working hours: 26th, 28th (make-up), 29th → ends 29 Sep 17:00
		assertThat(this.deadlines.due(at("2025-09-26T09:00"), 24, WindowCalendar.WORKING_HOURS))
			.isEqualTo(at("2025-09-29T17:00"));
		// Tuesday 30 Sep 16:00 + 2 working hours: one hour on the 30th, then the holidays, then Thursday 9 Oct 10:00
		assertThat(this.deadlines.due(at("2025-09-30T16:00"), 2, WindowCalendar.WORKING_HOURS))
			.isEqualTo(at("2025-10-09T10:00"));
	}

	@Test
	void withoutACalendarMondayToFridayAreWorkingDays() {
		Deadlines plain = new Deadlines(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0), List.of());
		assertThat(plain.due(at("2025-06-06T16:00"), 4, WindowCalendar.WORKING_HOURS))
			.isEqualTo(at("2025-06-09T12:00"));
	}

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

}
