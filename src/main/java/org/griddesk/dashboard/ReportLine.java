package org.griddesk.dashboard;

/**
 * One line of a report: the region's total, a child region, a category, or one of the worst-performing units. The
 * live counts are those at generation time (zero for categories).
 */
public record ReportLine(Section section, int position, Long subjectId, String label, Figures figures, Live live) {

	public enum Section {

		TOTAL, REGION, CATEGORY, WORST

	}

}
