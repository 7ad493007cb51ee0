package org.griddesk.dashboard;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.griddesk.dispatch.DepartmentResponse;
import org.griddesk.dispatch.Whistles;
import org.griddesk.web.DateTimes;

import org.springframework.stereotype.Component;

/**
 * The departments' league: how fast each department answered the whistles (吹哨报到) about a region's tickets in a
 * period — report-in first, then finish — fastest first. The figures are dispatch's own
 * ({@link Whistles#departmentResponseTimes(Long, java.time.Instant, java.time.Instant)}), so the league agrees with
 * the whistle pages; the period's days run midnight to midnight in the district's time zone.
 */
@Component
class DepartmentLeague {

	private final Whistles whistles;

	private final ZoneId zone;

	DepartmentLeague(Whistles whistles, DateTimes dates) {
		this.whistles = whistles;
		this.zone = dates.zone();
	}

	List<LeagueRow> of(Long nodeId, Period period) {
		return this.whistles
			.departmentResponseTimes(nodeId, period.from().atStartOfDay(this.zone).toInstant(),
					period.to().plusDays(1).atStartOfDay(this.zone).toInstant())
			.stream()
			.map(DepartmentLeague::row)
			.sorted(Comparator.comparing(LeagueRow::meanReportIn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(LeagueRow::meanFinish, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(LeagueRow::department))
			.toList();
	}

	private static LeagueRow row(DepartmentResponse response) {
		return new LeagueRow(response.departmentId(), response.departmentName(), response.summoned(),
				response.reportedIn(), response.done(), response.late(), minutes(response.meanReportInMinutes()),
				minutes(response.meanFinishMinutes()));
	}

	private static Duration minutes(Double minutes) {
		return minutes == null ? null : Duration.ofSeconds(Math.round(minutes * 60));
	}

}
