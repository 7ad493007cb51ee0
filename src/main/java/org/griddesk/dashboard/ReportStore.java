package org.griddesk.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The kept reports: a header with the workbook's bytes, and the lines the printable page shows. */
@Component
class ReportStore {

	private final JdbcTemplate jdbc;

	ReportStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a report unless one for the same kind, region and period exists; returns its id, or empty. */
	Optional<Long> insertIfAbsent(ReportView report, Long generatedBy, byte[] workbook) {
		List<Long> ids = this.jdbc.queryForList("INSERT INTO report (kind, region_id, period_from, period_to, "
				+ "formula_version, generated_at, generated_by, workbook) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
				+ "ON CONFLICT (kind, region_id, period_from) DO NOTHING RETURNING id", Long.class,
				report.kind().name(), report.regionId(), Date.valueOf(report.period().from()),
				Date.valueOf(report.period().to()), report.formulaVersion(), Timestamp.from(report.generatedAt()),
				generatedBy, workbook);
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		Long id = ids.get(0);
		List<ReportLine> lines = new ArrayList<>();
		lines.add(report.total());
		lines.addAll(report.regions());
		lines.addAll(report.categories());
		lines.addAll(report.worst());
		this.jdbc.batchUpdate("INSERT INTO report_line (report_id, section, position, subject_id, label, submitted, "
				+ "cancelled, accepted, accepted_in_window, accept_seconds, resolved, resolved_in_window, "
				+ "resolve_seconds, closed, closed_unrated, rated, satisfied, reopened, open_now, warning_now, "
				+ "overdue_now) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines, 100,
				(statement, line) -> {
					Figures f = line.figures();
					Object[] values = { id, line.section().name(), line.position(), line.subjectId(), line.label(),
							f.submitted(), f.cancelled(), f.accepted(), f.acceptedInWindow(), f.acceptSeconds(),
							f.resolved(), f.resolvedInWindow(), f.resolveSeconds(), f.closed(), f.closedUnrated(),
							f.rated(), f.satisfied(), f.reopened(), line.live().open(), line.live().warning(),
							line.live().overdue() };
					for (int i = 0; i < values.length; i++) {
						statement.setObject(i + 1, values[i]);
					}
				});
		return Optional.of(id);
	}

	void delete(ReportKind kind, Long regionId, java.time.LocalDate from) {
		this.jdbc.update("DELETE FROM report WHERE kind = ? AND region_id = ? AND period_from = ?", kind.name(),
				regionId, Date.valueOf(from));
	}

	Optional<Header> header(Long id) {
		return this.jdbc
			.query("SELECT id, kind, region_id, period_from, period_to, formula_version, generated_at FROM report "
					+ "WHERE id = ?", (row, n) -> header(row), id)
			.stream()
			.findFirst();
	}

	List<ReportLine> lines(Long reportId) {
		return this.jdbc.query("SELECT section, position, subject_id, label, submitted, cancelled, accepted, "
				+ "accepted_in_window, accept_seconds, resolved, resolved_in_window, resolve_seconds, closed, "
				+ "closed_unrated, rated, satisfied, reopened, open_now, warning_now, overdue_now FROM report_line "
				+ "WHERE report_id = ? ORDER BY section, position", (row, n) -> new ReportLine(
						ReportLine.Section.valueOf(row.getString(1)), row.getInt(2),
						(Long) row.getObject(3, Long.class), row.getString(4),
						new Figures(row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9),
								row.getLong(10), row.getLong(11), row.getLong(12), row.getLong(13), row.getLong(14),
								row.getLong(15), row.getLong(16), row.getLong(17)),
						new Live(row.getLong(18), row.getLong(19), row.getLong(20))),
				reportId);
	}

	byte[] workbook(Long id) {
		return this.jdbc.queryForObject("SELECT workbook FROM report WHERE id = ?", byte[].class, id);
	}

	/** The newest reports of these regions first. */
	List<Header> ofRegions(Collection<Long> regionIds, int limit) {
		return this.jdbc.query("SELECT id, kind, region_id, period_from, period_to, formula_version, generated_at "
				+ "FROM report WHERE region_id = ANY (?) ORDER BY period_from DESC, kind, region_id LIMIT ?",
				(row, n) -> header(row), regionIds.toArray(Long[]::new), limit);
	}

	private static Header header(ResultSet row) throws SQLException {
		return new Header(row.getLong(1), ReportKind.valueOf(row.getString(2)), row.getLong(3),
				Period.days(row.getDate(4).toLocalDate(), row.getDate(5).toLocalDate()), row.getString(6),
				row.getTimestamp(7).toInstant());
	}

	record Header(Long id, ReportKind kind, Long regionId, Period period, String formulaVersion,
			Instant generatedAt) {
	}

}
