package org.griddesk.dispatch;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.griddesk.region.RegionLevel;
import org.griddesk.region.Regions;
import org.griddesk.ticket.DeadlineState;
import org.griddesk.ticket.DeadlineWatch;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.web.DateTimes;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each warning, overdue notice and move once per ticket and window. The row in {@code deadline_alert} is
 * inserted first and the timeline event only if the insert took: a second sweep — on this instance or another, at
 * the same moment or later — finds the row (or waits for the first sweep's transaction and then finds it) and does
 * nothing.
 */
@Component
class DeadlineAlerts {

	private static final String INSERT = "INSERT INTO deadline_alert (ticket_id, kind, window_start, alerted_at) "
			+ "VALUES (:ticketId, :kind, :windowStart, :now) ON CONFLICT DO NOTHING";

	private static final String INSERT_BATCH = "INSERT INTO deadline_alert (ticket_id, kind, window_start, alerted_at) "
			+ "SELECT a.ticket_id, a.kind, a.window_start::timestamptz, ? "
			+ "FROM unnest(?::bigint[], ?::text[], ?::text[]) AS a(ticket_id, kind, window_start) "
			+ "ON CONFLICT DO NOTHING RETURNING ticket_id, kind";

	private final NamedParameterJdbcTemplate jdbc;

	private final TicketLifecycle lifecycle;

	private final Regions regions;

	private final TimelineText text;

	private final DateTimes dates;

	DeadlineAlerts(NamedParameterJdbcTemplate jdbc, TicketLifecycle lifecycle, Regions regions, TimelineText text,
			DateTimes dates) {
		this.jdbc = jdbc;
		this.lifecycle = lifecycle;
		this.regions = regions;
		this.text = text;
		this.dates = dates;
	}

	/**
	 * WARNING and OVERDUE events for a batch of tickets whose check time has come, then each ticket moved on to its
	 * next check time (but for those waiting to be moved up); returns how many events it recorded.
	 */
	@Transactional
	public int alert(List<DeadlineWatch> batch, Instant now) {
		int recorded = record(batch.stream()
			.filter(watch -> watch.state() == DeadlineState.WARNING || watch.state() == DeadlineState.OVERDUE)
			.toList(), now);
		this.lifecycle.deadlinesChecked(batch.stream().filter(watch -> !awaitsMove(watch)).toList());
		return recorded;
	}

	private int record(List<DeadlineWatch> due, Instant now) {
		if (due.isEmpty()) {
			return 0;
		}
		Set<String> inserted = new HashSet<>(insertNew(due, now));
		int recorded = 0;
		for (DeadlineWatch watch : due) {
			if (inserted.contains(watch.ticketId() + ":" + kind(watch))) {
				boolean overdue = watch.state() == DeadlineState.OVERDUE;
				String key = "dispatch.timeline." + (watch.acceptWindow() ? "accept" : "resolve")
						+ (overdue ? "Overdue" : "Warning");
				this.lifecycle.recordEvent(watch.ticketId(), null,
						overdue ? TicketEventType.OVERDUE : TicketEventType.WARNING,
						this.text.text(key, this.dates.dateTime(watch.due())));
				recorded++;
			}
		}
		return recorded;
	}

	/** One statement for the whole batch; it answers with the rows it inserted, as "ticket:kind". */
	private List<String> insertNew(List<DeadlineWatch> due, Instant now) {
		return this.jdbc.getJdbcTemplate().query(connection -> {
			PreparedStatement insert = connection.prepareStatement(INSERT_BATCH);
			insert.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
			insert.setArray(2, connection.createArrayOf("bigint", due.stream().map(DeadlineWatch::ticketId).toArray()));
			insert.setArray(3, connection.createArrayOf("text", due.stream().map(DeadlineAlerts::kind).toArray()));
			insert.setArray(4, connection.createArrayOf("text",
					due.stream().map(watch -> watch.windowStart().toString()).toArray()));
			return insert;
		}, (rs, row) -> rs.getLong("ticket_id") + ":" + rs.getString("kind"));
	}

	/**
	 * Moves a ticket nobody on its grid accepted within the accept window to the community's desk, once per window;
	 * returns whether this call moved it.
	 */
	@Transactional
	public boolean moveUnaccepted(DeadlineWatch watch, Instant now) {
		if (!awaitsMove(watch)) {
			return false;
		}
		if (this.jdbc.update(INSERT, row(watch, "ACCEPT_MOVED", now)) == 0) {
			return false;
		}
		return this.lifecycle.moveUnaccepted(watch.ticketId(), this.text.text("dispatch.timeline.movedUnaccepted"));
	}

	/** A grid's new ticket past its accept window: its check time stays until the move takes it off the grid. */
	private boolean awaitsMove(DeadlineWatch watch) {
		return watch.acceptWindow() && watch.state() == DeadlineState.OVERDUE
				&& this.regions.get(watch.regionId()).level() == RegionLevel.GRID;
	}

	private static String kind(DeadlineWatch watch) {
		return (watch.acceptWindow() ? "ACCEPT_" : "RESOLVE_") + watch.state().name();
	}

	private static MapSqlParameterSource row(DeadlineWatch watch, String kind, Instant now) {
		return new MapSqlParameterSource("ticketId", watch.ticketId()).addValue("kind", kind)
			.addValue("windowStart", OffsetDateTime.ofInstant(watch.windowStart(), ZoneOffset.UTC))
			.addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
	}

}
