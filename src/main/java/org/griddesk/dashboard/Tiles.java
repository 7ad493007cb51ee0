package org.griddesk.dashboard;

/** The dashboard's headline figures: recent submissions, what is open now, and the period's rates and means. */
public record Tiles(long submittedToday, long submittedLast7Days, long submittedLast30Days, Live live,
		Figures figures) {
}
