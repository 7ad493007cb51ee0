package org.griddesk.dashboard;

import java.time.Duration;

/**
 * One department in the league: the whistles it was summoned by (withdrawn ones left out), how many it reported in
 * on, finished, and answered late, and its mean time from summons to report-in and to done ({@code null} with none).
 */
public record LeagueRow(Long departmentId, String department, long summoned, long reportedIn, long done, long late,
		Duration meanReportIn, Duration meanFinish) {
}
