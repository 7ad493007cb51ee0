package org.griddesk.ticket;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index-friendly SQL behind the command centers' board and the deadline sweep. The board walks the ticket table in
 * id order, the sweep in order of the tickets' next deadline check, each with a bounded limit, so their cost follows
 * the rows they show, not the millions they skip; open tickets have their own partial indexes (V52, V102).
 */
@Component
class TicketBoard {

	private static final String OPEN = "t.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')";

	private static final String CURRENT_DUE = "(CASE WHEN t.status = 'SUBMITTED' THEN t.accept_due_at ELSE t.resolve_due_at END)";

	private final NamedParameterJdbcTemplate jdbc;

	TicketBoard(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids of the matching tickets within the regions, newest first, from {@code offset}, at most {@code limit}. */
	List<Long> ids(Collection<Long> regionIds, Set<Long> deskRegionIds, BoardFilter filter, Instant now, int offset,
			int limit) {
		if (regionIds.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("SELECT t.id FROM ticket t WHERE t.region_id IN (:regions)");
		MapSqlParameterSource params = new MapSqlParameterSource("regions", regionIds).addValue("now", at(now))
			.addValue("offset", offset)
			.addValue("limit", limit);
		if (filter.statuses() != null && !filter.statuses().isEmpty()) {
			sql.append(" AND t.status IN (:statuses)");
			params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (filter.categoryId() != null) {
			sql.append(" AND t.category_id = :category");
			params.addValue("category", filter.categoryId());
		}
		if (filter.kind() != null) {
			sql.append(" AND t.kind = :kind");
			params.addValue("kind", filter.kind().name());
		}
		if (filter.channel() != null) {
			sql.append(" AND t.channel = :channel");
			params.addValue("channel", filter.channel().name());
		}
		if (filter.deadline() != null) {
			sql.append(" AND ").append(deadline(filter.deadline()));
		}
		if (filter.unrated()) {
			sql.append(" AND t.status = 'CLOSED' AND t.rating_score IS NULL");
		}
		if (filter.returnVisitDue()) {
			sql.append(" AND t.return_visit_due");
		}
		if (filter.submittedFrom() != null) {
			sql.append(" AND t.submitted_at >= :submittedFrom");
			params.addValue("submittedFrom", at(filter.submittedFrom()));
		}
		if (filter.submittedBefore() != null) {
			sql.append(" AND t.submitted_at < :submittedBefore");
			params.addValue("submittedBefore", at(filter.submittedBefore()));
		}
		if (filter.accepted()) {
			sql.append(" AND t.accepted_at IS NOT NULL");
		}
		if (filter.rated()) {
			sql.append(" AND t.rating_score IS NOT NULL");
		}
		if (filter.awaitingDispatch()) {
			if (deskRegionIds.isEmpty()) {
				sql.append(" AND t.status = 'REJECTED'");
			}
			else {
				sql.append(" AND (t.status = 'REJECTED' OR (t.status = 'SUBMITTED' AND t.region_id IN (:desks)))");
				params.addValue("desks", deskRegionIds);
			}
		}
		// a period walks the submission time backwards (ticket_submitted_idx, or ticket_region_submitted_idx for one
		// region) and stops at the limit, wherever the period lies in the ticket table's history
		sql.append(filter.hasPeriod() ? " ORDER BY t.submitted_at DESC, t.id DESC" : " ORDER BY t.id DESC");
		sql.append(" OFFSET :offset LIMIT :limit");
		return this.jdbc.queryForList(sql.toString(), params, Long.class);
	}

	/**
	 * Open tickets whose deadline check time has come ({@code deadline_check_at}, V102), in check time order after
	 * {@code after} (or from the first): each has reached its warning point or its due time since the sweep last
	 * looked, or waits to be moved up. Read from {@code ticket_deadline_check_idx}, so a sweep costs what it has to do.
	 */
	List<DeadlineWatch> dueForCheck(Instant now, DeadlineWatch after, int limit) {
		String sql = "SELECT t.id, t.number, t.status, t.region_id, t.window_start_at, t.accept_due_at, t.resolve_due_at, "
				+ "t.accept_warning_at, t.resolve_warning_at, t.deadline_check_at FROM ticket t "
				+ "WHERE t.deadline_check_at <= :now AND (t.deadline_check_at, t.id) > (:afterCheck, :afterId) "
				+ "ORDER BY t.deadline_check_at, t.id LIMIT :limit";
		MapSqlParameterSource params = new MapSqlParameterSource("now", at(now)).addValue("limit", limit)
			.addValue("afterCheck", at(after == null ? Instant.EPOCH : after.checkAt()))
			.addValue("afterId", after == null ? 0L : after.ticketId());
		return this.jdbc.query(sql, params, (rs, row) -> watch(rs, now));
	}

	/**
	 * Moves each ticket on to its next check time, unless it changed since it was read: a new window, status or owner
	 * has set its own check time (V102's trigger), which stays.
	 */
	void checked(List<DeadlineWatch> watches) {
		if (watches.isEmpty()) {
			return;
		}
		this.jdbc.getJdbcTemplate().update(connection -> {
			PreparedStatement update = connection.prepareStatement("UPDATE ticket t SET deadline_check_at = "
					+ "c.next::timestamptz FROM unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[]) "
					+ "AS c(id, status, region_id, window_start, seen, next) WHERE t.id = c.id AND t.status = c.status "
					+ "AND t.region_id = c.region_id AND t.window_start_at = c.window_start::timestamptz "
					+ "AND t.deadline_check_at = c.seen::timestamptz");
			update.setArray(1, connection.createArrayOf("bigint", column(watches, DeadlineWatch::ticketId)));
			update.setArray(2, connection.createArrayOf("text", column(watches, watch -> watch.status().name())));
			update.setArray(3, connection.createArrayOf("bigint", column(watches, DeadlineWatch::regionId)));
			update.setArray(4, connection.createArrayOf("text", column(watches, watch -> text(watch.windowStart()))));
			update.setArray(5, connection.createArrayOf("text", column(watches, watch -> text(watch.checkAt()))));
			update.setArray(6, connection.createArrayOf("text", column(watches, watch -> text(watch.nextCheck()))));
			return update;
		});
	}

	private static Object[] column(List<DeadlineWatch> watches, Function<DeadlineWatch, Object> value) {
		return watches.stream().map(value).toArray();
	}

	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	private static String deadline(DeadlineState state) {
		return switch (state) {
			case OVERDUE -> OPEN + " AND " + CURRENT_DUE + " < :now";
			case WARNING -> OPEN + " AND " + CURRENT_DUE + " >= :now AND t.warning_at <= :now";
			case ON_TIME -> OPEN + " AND t.warning_at > :now";
			case NONE -> "NOT (" + OPEN + ")";
		};
	}

	private static DeadlineWatch watch(ResultSet rs, Instant now) throws SQLException {
		TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
		Instant start = instant(rs, "window_start_at");
		Instant acceptDue = instant(rs, "accept_due_at");
		Instant acceptWarning = nullableInstant(rs, "accept_warning_at");
		Instant resolveDue = instant(rs, "resolve_due_at");
		Instant resolveWarning = nullableInstant(rs, "resolve_warning_at");
		boolean acceptWindow = status == TicketStatus.SUBMITTED;
		Instant due = acceptWindow ? acceptDue : resolveDue;
		return new DeadlineWatch(rs.getLong("id"), rs.getString("number"), status, rs.getLong("region_id"),
				acceptWindow, start, DeadlineState.warningAt(start, due, acceptWindow ? acceptWarning : resolveWarning),
				due, DeadlineState.of(status, start, acceptDue, acceptWarning, resolveDue, resolveWarning, now),
				instant(rs, "deadline_check_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
