package org.griddesk.dispatch;

/**
 * How one department answered whistles in a period (withdrawn whistles left out): how often it was summoned, how
 * often it reported in, finished, or reported in late, and its mean minutes from summons to report-in and to done.
 */
public record DepartmentResponse(Long departmentId, String departmentName, long summoned, long reportedIn, long done,
		long late, Double meanReportInMinutes, Double meanFinishMinutes) {
}
