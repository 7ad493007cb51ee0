package org.griddesk.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index-friendly SQL behind the command centers' board and the deadline sweep. Both walk the ticket table in id
 * order with a bounded limit, so their cost follows the rows they show, not the millions they skip; open tickets have
 * their own partial indexes (V52).
 */
@Component
class TicketBoard {

	private static final String OPEN = "t.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')";

	private static final String CURRENT_DUE = "(CASE WHEN t.status = 'SUBMITTED' THEN t.accept_due_at ELSE t.resolve_due_at END)";

	/**
	 * {@link DeadlineState#warningAt}: the current window's own warning point (working hours), else
	 * {@link DeadlineState#WARNING_SHARE} of its span, in seconds so that no calendar arithmetic creeps in.
	 */
	private static final String WARNING_AT = "coalesce(CASE WHEN t.status = 'SUBMITTED' THEN t.accept_warning_at "
			+ "ELSE t.resolve_warning_at END, t.window_start_at + extract(epoch FROM " + CURRENT_DUE
			+ " - t.window_start_at) * " + DeadlineState.WARNING_SHARE + " * interval '1 second')";

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
	 * Open tickets at or past the warning point of their current window that still await the sweep, in id order after
	 * {@code afterId}: those whose timeline has no notice of their current state for this window yet (a window's
	 * notices are written after it opened, in the ticket's state at the time, which tells the accept window from the
	 * resolve window that shares its start), and overdue new tickets still on one of {@code gridIds}, which the sweep
	 * moves up. Without this, every sweep would walk every ticket ever warned of until it closes.
	 */
	List<DeadlineWatch> pastWarning(Instant now, long afterId, int limit, Collection<Long> gridIds) {
		// the candidates are picked from indexes alone (V100): the open tickets' windows from ticket_open_id_idx, the
		// notices from ticket_event_notice_idx; only the few picked are read from the table
		String sql = "SELECT t.id, t.number, t.status, t.region_id, t.window_start_at, t.accept_due_at, t.resolve_due_at, "
				+ "t.accept_warning_at, t.resolve_warning_at FROM ticket t WHERE t.id IN (SELECT t.id FROM ticket t "
				+ "WHERE " + OPEN + " AND t.id > :after AND " + WARNING_AT + " <= :now AND (NOT EXISTS "
				+ "(SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id AND e.type IN ('WARNING', 'OVERDUE') "
				+ "AND e.at > t.window_start_at "
				+ "AND e.type = CASE WHEN " + CURRENT_DUE + " < :now THEN 'OVERDUE' ELSE 'WARNING' END "
				+ "AND (e.to_status = 'SUBMITTED') = (t.status = 'SUBMITTED')) "
				+ "OR (t.status = 'SUBMITTED' AND t.accept_due_at < :now AND "
				+ (gridIds.isEmpty() ? "FALSE" : "t.region_id IN (:grids)") + ")) "
				+ "ORDER BY t.id LIMIT :limit) ORDER BY t.id";
		MapSqlParameterSource params = new MapSqlParameterSource("after", afterId).addValue("now", at(now))
			.addValue("limit", limit)
			.addValue("grids", gridIds);
		return this.jdbc.query(sql, params, (rs, row) -> watch(rs, now));
	}

	private static String deadline(DeadlineState state) {
		return switch (state) {
			case OVERDUE -> OPEN + " AND " + CURRENT_DUE + " < :now";
			case WARNING -> OPEN + " AND " + CURRENT_DUE + " >= :now AND " + WARNING_AT + " <= :now";
			case ON_TIME -> OPEN + " AND " + WARNING_AT + " > :now";
			case NONE -> "NOT (" + OPEN + ")";
		};
	}

	private static DeadlineWatch watch(ResultSet rs, Instant now) throws SQLException {
		TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
		Instant start = instant(rs, "window_start_at");
		Instant acceptDue = instant(rs, "accept_due_at");
		Instant resolveDue = instant(rs, "resolve_due_at");
		boolean acceptWindow = status == TicketStatus.SUBMITTED;
		return new DeadlineWatch(rs.getLong("id"), rs.getString("number"), status, rs.getLong("region_id"),
				acceptWindow, start, acceptWindow ? acceptDue : resolveDue,
				DeadlineState.of(status, start, acceptDue, nullableInstant(rs, "accept_warning_at"), resolveDue,
						nullableInstant(rs, "resolve_warning_at"), now));
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
