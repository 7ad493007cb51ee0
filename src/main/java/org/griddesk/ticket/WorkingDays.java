package org.griddesk.ticket;

import java.time.LocalDate;
import java.util.Map;

/**
 * The district's holiday calendar as deadlines need it, supplied by another module (dispatch keeps it). Without one,
 * Monday to Friday are working days.
 */
public interface WorkingDays {

	/**
	 * The days from {@code from} to {@code to} (inclusive) that break the Monday-to-Friday rule: {@code false} for a
	 * holiday on a weekday, {@code true} for a make-up working day (调休) on a weekend.
	 */
	Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to);

}
