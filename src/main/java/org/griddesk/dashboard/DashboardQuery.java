package org.griddesk.dashboard;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What the dashboard's address asks for: a region (default: the reader's own) and a period (default: 30 days). */
record DashboardQuery(Long region, Period.Preset period, @DateTimeFormat(iso = ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) LocalDate to) {
}
