package org.griddesk.dashboard;

import java.time.Instant;
import java.util.List;

/** A report as it was generated: its period, the formula version, and its lines by section. */
public record ReportView(Long id, ReportKind kind, Long regionId, String regionName, Period period,
		String formulaVersion, Instant generatedAt, ReportLine total, List<ReportLine> regions,
		List<ReportLine> categories, List<ReportLine> worst) {
}
