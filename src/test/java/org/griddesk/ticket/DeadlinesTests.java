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
	void aWorkingHourWindowWarnsAtEightyPercentOfItsWorkingTimeNotOfItsWallClockSpan() {
		// Friday 15:00 + 10 working hours, Monday a holiday: 2 h on Friday, 8 h on Tuesday
		this.calendar.put(LocalDate.parse("2025-06-09"), false);
		Window window = this.deadlines.window(at("2025-06-06T15:00"), 10, WindowCalendar.WORKING_HOURS);
		assertThat(window.due()).isEqualTo(at("2025-06-10T17:00"));
		// 8 of the 10 working hours: Friday's 2, then 6 on Tuesday
		assertThat(window.warningAt()).isEqualTo(at("2025-06-10T15:00"));
		// 80% of the 98 wall-clock hours would have warned on the holiday evening, a whole working day early
		Instant wallClockShare = DeadlineState.warningAt(at("2025-06-06T15:00"), window.due(), null);
		assertThat(wallClockShare).isEqualTo(at("2025-06-09T21:24"));

		Instant tuesdayTwoPm = at("2025-06-10T14:00");
		assertThat(DeadlineState.of(TicketStatus.SUBMITTED, at("2025-06-06T15:00"), window.due(), window.warningAt(),
				window.due(), window.warningAt(), tuesdayTwoPm))
			.isEqualTo(DeadlineState.ON_TIME);
		assertThat(DeadlineState.of(TicketStatus.IN_PROGRESS, at("2025-06-06T15:00"), window.due(), window.warningAt(),
				window.due(), window.warningAt(), at("2025-06-10T15:00")))
			.isEqualTo(DeadlineState.WARNING);
		assertThat(DeadlineState.of(TicketStatus.SUBMITTED, at("2025-06-06T15:00"), window.due(), window.warningAt(),
				window.due(), window.warningAt(), at("2025-06-10T17:01")))
			.isEqualTo(DeadlineState.OVERDUE);
	}

	@Test
	void aWarningPointFallingOnAWeekendMovesToTheNextWorkingTime() {
		// Friday 9:00 + 10 working hours: 8 h on Friday, 2 on Monday; 80% = 8 h, reached at Friday 17:00
		Window window = this.deadlines.window(at("2025-06-06T09:00"), 10, WindowCalendar.WORKING_HOURS);
		assertThat(window.due()).isEqualTo(at("2025-06-09T11:00"));
		assertThat(window.warningAt()).isEqualTo(at("2025-06-06T17:00"));
	}

	@Test
	void aWallClockWindowLeavesTheWarningToItsSpan() {
		Window window = this.deadlines.window(at("2025-06-06T15:00"), 10, WindowCalendar.WALL_CLOCK);
		assertThat(window.due()).isEqualTo(at("2025-06-07T01:00"));
		assertThat(window.warningAt()).isNull();
		assertThat(DeadlineState.warningAt(at("2025-06-06T15:00"), window.due(), null)).isEqualTo(at("2025-06-06T23:00"));
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
