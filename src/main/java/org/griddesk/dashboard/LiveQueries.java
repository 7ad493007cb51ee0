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
 * What is open now. How many tickets each region has open is kept beside the tickets ({@code region_open_tickets},
 * V103, written by the ticket writes themselves); warning and overdue depend on the time of the reading, so they are
 * counted from the open tickets past their warning point ({@code ticket_open_warning_idx}) and past their due time
 * ({@code ticket_open_due_idx}), never from all of them. Both follow the ticket's current window: the accept window
 * while it is submitted, the resolve window after; warning from the window's warning point (its own for windows
 * counted in working hours, else 80% of the span), overdue past its due time.
 */
@Component
class LiveQueries {

	/** The due time of the current window: the second column of {@code ticket_open_due_idx}, written as it is. */
	private static final String DUE = "(CASE WHEN status = 'SUBMITTED' THEN accept_due_at ELSE resolve_due_at END)";

	private static final String OPEN_TICKET = "status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')";

	/**
	 * Per region: its open count as kept, and its open tickets in warning and overdue, each read from the index entries
	 * past the moment in question. Parameters: the regions, now three times.
	 */
	private static final String COUNTS = "SELECT r.id, coalesce(kept.open, 0), late.warning, late.overdue "
			+ "FROM unnest(?::bigint[]) AS r(id) LEFT JOIN region_open_tickets kept ON kept.region_id = r.id "
			+ "CROSS JOIN LATERAL (SELECT "
			+ "(SELECT count(*) FROM ticket WHERE region_id = r.id AND " + OPEN_TICKET + " AND warning_at <= ? AND " + DUE
			+ " >= ?) AS warning, "
			+ "(SELECT count(*) FROM ticket WHERE region_id = r.id AND " + OPEN_TICKET + " AND " + DUE + " < ?) AS overdue"
			+ ") late";

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
		this.jdbc.query(COUNTS, row -> {
			Live live = new Live(row.getLong(2), row.getLong(3), row.getLong(4));
			if (!live.equals(Live.NONE)) {
				result.put(row.getLong(1), live);
			}
		}, regionIds.toArray(Long[]::new), at, at, at);
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
