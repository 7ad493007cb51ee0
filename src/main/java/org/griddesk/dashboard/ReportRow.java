package org.griddesk.dashboard;

import java.time.Instant;
import java.time.LocalDate;

/** A kept report in the list of downloads. */
public record ReportRow(Long id, ReportKind kind, String regionName, LocalDate from, LocalDate to,
		String formulaVersion, Instant generatedAt) {
}
