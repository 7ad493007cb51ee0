package org.griddesk.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

	Optional<Ticket> findBySubmissionKey(String submissionKey);

	Page<Ticket> findByResidentIdOrderBySubmittedAtDescIdDesc(Long residentId, Pageable pageable);

	@Query(value = "SELECT nextval('ticket_number_seq')", nativeQuery = true)
	long nextNumber();

	/**
	 * The accept race in one statement: only a ticket still SUBMITTED is taken, so of two workers exactly one
	 * changes the row; the other's update waits for the first to commit and then matches nothing.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Ticket t set t.status = org.griddesk.ticket.TicketStatus.ACCEPTED, t.assigneeId = :assigneeId, "
			+ "t.acceptedAt = :now, t.version = t.version + 1 where t.id = :id "
			+ "and t.status = org.griddesk.ticket.TicketStatus.SUBMITTED")
	int claim(Long id, Long assigneeId, Instant now);

	@Query("select t.id from Ticket t where t.status = org.griddesk.ticket.TicketStatus.RESOLVED "
			+ "and t.resolvedAt < :resolvedBefore order by t.resolvedAt")
	List<Long> findResolvedBefore(Instant resolvedBefore, Pageable pageable);

	@Query(value = "SELECT pg_advisory_xact_lock(hashtext(:key))", nativeQuery = true)
	void lockSubmissionKey(String key);

	/**
	 * A worker's queue sizes: the grids' new tickets and the worker's own in hand, each part read from its own partial
	 * index ({@code ticket_grid_intake_idx}, {@code ticket_in_hand_idx}) rather than one pass that neither index
	 * serves. Warning and overdue follow {@link DeadlineState}: overdue past the due time, warning from the window's
	 * warning point on.
	 */
	@Query(value = """
			SELECT intake.total AS "toAccept", intake.warning AS "toAcceptWarning", intake.overdue AS "toAcceptOverdue",
			       held.total AS "inHand", held.warning AS "inHandWarning", held.overdue AS "inHandOverdue"
			FROM (SELECT count(*) AS total,
			             count(*) FILTER (WHERE accept_due_at >= :now
			                              AND coalesce(accept_warning_at,
			                                           window_start_at + (accept_due_at - window_start_at) * 0.8) <= :now)
			                 AS warning,
			             count(*) FILTER (WHERE accept_due_at < :now) AS overdue
			      FROM ticket
			      WHERE region_id IN (:regionIds) AND status = 'SUBMITTED' AND department_id IS NULL) intake,
			     (SELECT count(*) AS total,
			             count(*) FILTER (WHERE resolve_due_at >= :now
			                              AND coalesce(resolve_warning_at,
			                                           window_start_at + (resolve_due_at - window_start_at) * 0.8) <= :now)
			                 AS warning,
			             count(*) FILTER (WHERE resolve_due_at < :now) AS overdue
			      FROM ticket
			      WHERE assignee_id = :workerId AND status IN ('ACCEPTED', 'IN_PROGRESS')
			        AND region_id IN (:regionIds) AND department_id IS NULL) held
			""", nativeQuery = true)
	QueueCountsRow queueCounts(Collection<Long> regionIds, Long workerId, Instant now);

	interface QueueCountsRow {

		long getToAccept();

		long getToAcceptWarning();

		long getToAcceptOverdue();

		long getInHand();

		long getInHandWarning();

		long getInHandOverdue();

	}

}
