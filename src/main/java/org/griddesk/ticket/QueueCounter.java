package org.griddesk.ticket;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A worker's queue sizes, counted on every view of the queue: one plain statement in auto-commit. Through a
 * read-only JPA transaction and a native repository query the count cost two more round trips, and Hibernate planned
 * the query anew each time because its grid list is expanded into the SQL.
 */
@Component
class QueueCounter {

	/**
	 * The grids' new tickets and the worker's own in hand, each part read from its own partial index
	 * ({@code ticket_grid_intake_idx}, {@code ticket_in_hand_idx}) rather than one pass that neither index serves.
	 * Warning and overdue follow {@link DeadlineState}: overdue past the due time, warning from the window's warning
	 * point on (kept on the ticket, V103).
	 */
	private static final String COUNTS = """
			SELECT intake.total AS to_accept, intake.warning AS to_accept_warning, intake.overdue AS to_accept_overdue,
			       held.total AS in_hand, held.warning AS in_hand_warning, held.overdue AS in_hand_overdue
			FROM (SELECT count(*) AS total,
			             count(*) FILTER (WHERE accept_due_at >= :now AND warning_at <= :now) AS warning,
			             count(*) FILTER (WHERE accept_due_at < :now) AS overdue
			      FROM ticket
			      WHERE region_id IN (:regionIds) AND status = 'SUBMITTED' AND department_id IS NULL) intake,
			     (SELECT count(*) AS total,
			             count(*) FILTER (WHERE resolve_due_at >= :now AND warning_at <= :now) AS warning,
			             count(*) FILTER (WHERE resolve_due_at < :now) AS overdue
			      FROM ticket
			      WHERE assignee_id = :workerId AND status IN ('ACCEPTED', 'IN_PROGRESS')
			        AND region_id IN (:regionIds) AND department_id IS NULL) held
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	QueueCounter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	QueueCounts counts(Actor actor) {
		if (actor.scope().isEmpty()) {
			return new QueueCounts(0, 0, 0, 0, 0, 0);
		}
		return this.jdbc.sql(COUNTS)
			.param("regionIds", actor.scope().regionIds())
			.param("workerId", actor.accountId())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new QueueCounts(rs.getLong("to_accept"), rs.getLong("to_accept_warning"),
					rs.getLong("to_accept_overdue"), rs.getLong("in_hand"), rs.getLong("in_hand_warning"),
					rs.getLong("in_hand_overdue")))
			.single();
	}

}
