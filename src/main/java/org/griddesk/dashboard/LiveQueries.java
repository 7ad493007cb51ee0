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
 * What is open now, straight from the open tickets (index {@code ticket_open_deadline_idx} covers these queries, so
 * closed tickets — nearly all of them — are never read). Warning and overdue follow the ticket's current window: the
 * accept window while it is submitted, the resolve window after; warning from the window's warning point (its own for
 * windows counted in working hours, else 80% of the span), overdue past it.
 */
@Component
class LiveQueries {

	private static final String OPEN = "SELECT id, region_id, due, "
			+ "coalesce(own_warning_at, window_start_at + (due - window_start_at) * 0.8) AS warning_at FROM ("
			+ "SELECT id, region_id, window_start_at, "
			+ "CASE WHEN status = 'SUBMITTED' THEN accept_due_at ELSE resolve_due_at END AS due, "
			+ "CASE WHEN status = 'SUBMITTED' THEN accept_warning_at ELSE resolve_warning_at END AS own_warning_at "
			+ "FROM ticket "
			+ "WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') AND region_id = ANY (?)) w";

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
				+ "count(*) FILTER (WHERE ? > due) FROM (" + OPEN + ") o GROUP BY region_id", row -> {
					result.put(row.getLong(1), new Live(row.getLong(2), row.getLong(3), row.getLong(4)));
				}, at, at, at, regionIds.toArray(Long[]::new));
		return result;
	}

	/** The open tickets furthest past their deadline, longest first. */
	List<OverdueRow> longestOverdue(Collection<Long> regionIds, Instant now, int limit) {
		if (regionIds.isEmpty()) {
			return List.of();
		}
		// the top few are picked from the index alone; only they are read from the table
		return this.jdbc.query("SELECT t.id, t.number, t.title, t.region_id, t.status, top.due FROM (SELECT id, due FROM ("
				+ OPEN + ") o WHERE due < ? ORDER BY due, id LIMIT ?) top JOIN ticket t ON t.id = top.id "
				+ "ORDER BY top.due, t.id",
				(row, n) -> new OverdueRow(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
						TicketStatus.valueOf(row.getString(5)), row.getTimestamp(6).toInstant()),
				regionIds.toArray(Long[]::new), Timestamp.from(now), limit);
	}

	/** An open ticket past its deadline, as the dashboard lists it. */
	record OverdueRow(Long id, String number, String title, Long regionId, TicketStatus status, Instant due) {
	}

}
