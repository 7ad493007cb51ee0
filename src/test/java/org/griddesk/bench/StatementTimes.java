package org.griddesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a phase's database time went, statement by statement, from PostgreSQL's {@code pg_stat_statements}: the
 * benchmark's own databases load it; on a database without it (or without the right to create it) a run reports
 * none rather than failing.
 */
final class StatementTimes {

	private static final String TOP = """
			SELECT calls, total_exec_time, rows, query FROM pg_stat_statements
			WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
			  AND query NOT LIKE '%pg_stat_statements%'
			ORDER BY total_exec_time DESC LIMIT ?
			""";

	private StatementTimes() {
	}

	/** Starts counting afresh; false where the database cannot count. */
	static boolean reset(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
			statement.execute("SELECT pg_stat_statements_reset()");
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** The statements that took the most database time since {@link #reset}. */
	static List<StatementTime> top(String url, String user, String password, int limit) throws SQLException {
		List<StatementTime> top = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				PreparedStatement statement = connection.prepareStatement(TOP)) {
			statement.setInt(1, limit);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					top.add(new StatementTime(rows.getLong("calls"), rows.getDouble("total_exec_time"),
							rows.getLong("rows"), rows.getString("query").replaceAll("\\s+", " ").strip()));
				}
			}
		}
		return top;
	}

	/** One normalized statement: how often it ran, its execution time in all, the rows it returned or changed. */
	record StatementTime(long calls, double totalMilliseconds, long rows, String query) {

		double millisecondsPerCall() {
			return this.calls == 0 ? 0 : this.totalMilliseconds / this.calls;
		}

	}

}
