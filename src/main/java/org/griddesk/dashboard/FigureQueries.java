package org.griddesk.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads figures from {@code ticket_daily}. A node's rows already hold its whole subtree, so every query is an index
 * range scan on (node, day) over a few hundred to a few thousand rows, whatever the number of tickets.
 */
@Component
class FigureQueries {

	private static final String SUMS = "sum(submitted), sum(cancelled), sum(accepted), sum(accepted_in_window), "
			+ "sum(accept_seconds), sum(resolved), sum(resolved_in_window), sum(resolve_seconds), sum(closed), "
			+ "sum(closed_unrated), sum(rated), sum(satisfied), sum(reopened)";

	private final JdbcTemplate jdbc;

	FigureQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Figures total(Long nodeId, Period period) {
		return this.jdbc.queryForObject("SELECT " + SUMS + " FROM ticket_daily WHERE node_id = ? AND day BETWEEN ? AND ?",
				(row, n) -> figures(row, 1), nodeId, Date.valueOf(period.from()), Date.valueOf(period.to()));
	}

	/** Each node's own subtree figures. */
	Map<Long, Figures> byNode(Collection<Long> nodeIds, Period period) {
		Map<Long, Figures> result = new LinkedHashMap<>();
		if (nodeIds.isEmpty()) {
			return result;
		}
		this.jdbc.query("SELECT node_id, " + SUMS + " FROM ticket_daily WHERE node_id = ANY (?) "
				+ "AND day BETWEEN ? AND ? GROUP BY node_id", row -> {
					result.put(row.getLong(1), figures(row, 2));
				}, nodeIds.toArray(Long[]::new), Date.valueOf(period.from()), Date.valueOf(period.to()));
		return result;
	}

	Map<Long, Figures> byCategory(Long nodeId, Period period) {
		return grouped("category_id", nodeId, period, row -> row.getLong(1));
	}

	Map<String, Figures> byKind(Long nodeId, Period period) {
		return grouped("kind", nodeId, period, row -> row.getString(1));
	}

	Map<String, Figures> byChannel(Long nodeId, Period period) {
		return grouped("channel", nodeId, period, row -> row.getString(1));
	}

	Map<LocalDate, Figures> byDay(Long nodeId, Period period) {
		return grouped("day", nodeId, period, row -> row.getDate(1).toLocalDate());
	}

	/** Tickets submitted today, in the last 7 days and in the last 30 days (today included). */
	long[] submittedRecently(Long nodeId, LocalDate today) {
		return this.jdbc.queryForObject("SELECT coalesce(sum(submitted) FILTER (WHERE day = ?), 0), "
				+ "coalesce(sum(submitted) FILTER (WHERE day >= ?), 0), coalesce(sum(submitted), 0) "
				+ "FROM ticket_daily WHERE node_id = ? AND day BETWEEN ? AND ?",
				(row, n) -> new long[] { row.getLong(1), row.getLong(2), row.getLong(3) }, Date.valueOf(today),
				Date.valueOf(today.minusDays(6)), nodeId, Date.valueOf(today.minusDays(29)), Date.valueOf(today));
	}

	private <K> Map<K, Figures> grouped(String column, Long nodeId, Period period, Key<K> key) {
		Map<K, Figures> result = new LinkedHashMap<>();
		this.jdbc.query("SELECT " + column + ", " + SUMS + " FROM ticket_daily WHERE node_id = ? AND day BETWEEN ? AND ?"
				+ " GROUP BY " + column + " ORDER BY " + column, row -> {
					result.put(key.of(row), figures(row, 2));
				}, nodeId, Date.valueOf(period.from()), Date.valueOf(period.to()));
		return result;
	}

	private static Figures figures(ResultSet row, int first) throws SQLException {
		long[] values = new long[13];
		for (int i = 0; i < values.length; i++) {
			values[i] = row.getLong(first + i);
		}
		return new Figures(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
				values[8], values[9], values[10], values[11], values[12]);
	}

	@FunctionalInterface
	private interface Key<K> {

		K of(ResultSet row) throws SQLException;

	}

}
