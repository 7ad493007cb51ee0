package org.griddesk.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.ticket.TicketStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is open now, straight from the open tickets (index {@code ticket_open_due_idx}, V99, covers these queries, so
 * closed tickets — nearly all of them — are never read). Warning and overdue follow the ticket's current window: the
 * accept window while it is submitted, the resolve window after; warning from the window's warning point (its own for
 * windows counted in working hours, else 80% of the span), overdue past it.
 */
@Component
class LiveQueries {

	/** The due time of the current window: the second column of {@code ticket_open_due_idx}, written as it is. */
	private static final String DUE = "(CASE WHEN status = 'SUBMITTED' THEN accept_due_at ELSE resolve_due_at END)";

	private static final String OPEN_TICKET = "status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')";

	/** The open tickets of the regions, each with its current window's due time and warning point. */
	private static final String OPEN_WINDOWS = "SELECT id, region_id, due, "
			+ "coalesce(own_warning_at, window_start_at + (due - window_start_at) * 0.8) AS warning_at FROM ("
			+ "SELECT id, region_id, window_start_at, " + DUE + " AS due, "
			+ "CASE WHEN status = 'SUBMITTED' THEN accept_warning_at ELSE resolve_warning_at END AS own_warning_at "
			+ "FROM ticket WHERE " + OPEN_TICKET + " AND region_id = ANY (?)) w";

	/**
	 * Each region's first few past their due time, straight from the index, then the first few of those: only they
	 * are read from the table. Parameters: the regions, now, the limit twice.
	 */
	static final String LONGEST_OVERDUE = "SELECT t.id, t.number, t.title, t.region_id, t.status, top.due FROM ("
			+ "SELECT first.id, first.due FROM unnest(?::bigint[]) AS r(id) CROSS JOIN LATERAL ("
			+ "SELECT id, " + DUE + " AS due FROM ticket WHERE region_id = r.id AND " + OPEN_TICKET + " AND " + DUE
			+ " < ? ORDER BY " + DUE + ", id LIMIT ?) first ORDER BY first.due, first.id LIMIT ?) top "
			+ "JOIN ticket t ON t.id = top.id ORDER BY top.due, t.id";

	private final JdbcTemplate jdbc;

	LiveQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Live counts per owner region, for the given regions. */
	Map<Long, Live> byRegion(Collection<Long> regionIds, Instant now) {
		Map<Long, Live> result = new HashMap<>();
		if (regionIds.isEmpty()) {
			return result;
		}
		Timestamp at = Timestamp.from(now);
		this.jdbc.query("SELECT region_id, count(*), "
				+ "count(*) FILTER (WHERE ? <= due AND ? >= warning_at), "
				+ "count(*) FILTER (WHERE ? > due) FROM (" + OPEN_WINDOWS + ") o GROUP BY region_id", row -> {
					result.put(row.getLong(1), new Live(row.getLong(2), row.getLong(3), row.getLong(4)));
				}, at, at, at, regionIds.toArray(Long[]::new));
		return result;
	}

	/** The open tickets furthest past their deadline, longest first. */
	List<OverdueRow> longestOverdue(Collection<Long> regionIds, Instant now, int limit) {
		if (regionIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(LONGEST_OVERDUE,
				(row, n) -> new OverdueRow(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
						TicketStatus.valueOf(row.getString(5)), row.getTimestamp(6).toInstant()),
				regionIds.toArray(Long[]::new), Timestamp.from(now), limit, limit);
	}

	/** An open ticket past its deadline, as the dashboard lists it. */
	record OverdueRow(Long id, String number, String title, Long regionId, TicketStatus status, Instant due) {
	}

}
