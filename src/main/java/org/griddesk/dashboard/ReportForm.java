package org.griddesk.dashboard;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Asks for the report of the week or month containing {@code day} (today when empty) for a region. */
record ReportForm(@NotNull(message = "{report.error.kind}") ReportKind kind,
		@DateTimeFormat(iso = ISO.DATE) LocalDate day, Long region) {
}
