package org.griddesk.dispatch;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.griddesk.audit.AuditTrail;
import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.catalog.WindowCalendar;
import org.griddesk.ticket.WorkingDays;
import org.griddesk.web.DateTimes;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's holiday calendar, kept by the administrator: public holidays on weekdays and make-up working days
 * on weekends. Deadlines of categories counted in working hours skip the one and count the other.
 */
@Service
@Transactional(readOnly = true)
class Holidays implements WorkingDays {

	private final HolidayRepository holidays;

	private final AuditTrail audit;

	private final Clock clock;

	private final Catalog catalog;

	private final DateTimes dates;

	private final WorkingHours hours;

	Holidays(HolidayRepository holidays, AuditTrail audit, Clock clock, Catalog catalog, DateTimes dates,
			@Value("${griddesk.deadlines.working-hours-start:09:00}") LocalTime start,
			@Value("${griddesk.deadlines.working-hours-end:17:00}") LocalTime end) {
		this.holidays = holidays;
		this.audit = audit;
		this.clock = clock;
		this.catalog = catalog;
		this.dates = dates;
		this.hours = new WorkingHours(start, end);
	}

	@Override
	public Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to) {
		return this.holidays.findByDayBetweenOrderByDay(from, to)
			.stream()
			.collect(Collectors.toMap(Holiday::getDay, Holiday::isWorking));
	}

	/** A year of the calendar (this year unless given), with the working hours and who counts in them. */
	CalendarView calendar(Integer year) {
		int shown = year == null ? LocalDate.now(this.clock.withZone(this.dates.zone())).getYear() : year;
		List<HolidayView> days = this.holidays
			.findByDayBetweenOrderByDay(LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31))
			.stream()
			.map(Holiday::toView)
			.toList();
		List<CategoryView> counted = this.catalog.all()
			.stream()
			.filter(category -> category.windowCalendar() == WindowCalendar.WORKING_HOURS)
			.toList();
		return new CalendarView(shown, days, this.hours, counted);
	}

	/**
	 * Adds a day. A holiday must fall on a weekday and a make-up working day on a weekend, otherwise it changes
	 * nothing and is refused on the date field.
	 */
	@Transactional
	public void add(LocalDate day, boolean working, String name) {
		if (this.holidays.existsById(day)) {
			throw new InvalidInputException("day", "dispatch.holiday.error.duplicate");
		}
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (working && !weekend) {
			throw new InvalidInputException("day", "dispatch.holiday.error.alreadyWorking");
		}
		if (!working && weekend) {
			throw new InvalidInputException("day", "dispatch.holiday.error.alreadyOff");
		}
		this.holidays.save(new Holiday(day, working, name.strip(), this.clock.instant()));
		this.audit.record("HOLIDAY_ADDED", "HOLIDAY", null, day + (working ? " working " : " off ") + name.strip());
	}

	@Transactional
	public void remove(LocalDate day) {
		Holiday holiday = this.holidays.findById(day).orElseThrow(() -> new NotFoundException("holiday", day));
		this.holidays.delete(holiday);
		this.audit.record("HOLIDAY_REMOVED", "HOLIDAY", null, day.toString());
	}

	record WorkingHours(LocalTime start, LocalTime end) {
	}

	record CalendarView(int year, List<HolidayView> days, WorkingHours hours, List<CategoryView> workingHourCategories) {

		public int previousYear() {
			return this.year - 1;
		}

		public int nextYear() {
			return this.year + 1;
		}

	}

}
