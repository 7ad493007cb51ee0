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
	 * A worker's queue sizes in one pass over the open tickets of their grids. Warning and overdue follow
	 * {@link DeadlineState}: overdue past the due time, warning from the window's warning point on.
	 */
	@Query(value = """
			SELECT count(*) FILTER (WHERE status = 'SUBMITTED') AS "toAccept",
			       count(*) FILTER (WHERE status = 'SUBMITTED' AND accept_due_at >= :now
			                        AND coalesce(accept_warning_at,
			                                     window_start_at + (accept_due_at - window_start_at) * 0.8) <= :now)
			                 AS "toAcceptWarning",
			       count(*) FILTER (WHERE status = 'SUBMITTED' AND accept_due_at < :now) AS "toAcceptOverdue",
			       count(*) FILTER (WHERE status <> 'SUBMITTED') AS "inHand",
			       count(*) FILTER (WHERE status <> 'SUBMITTED' AND resolve_due_at >= :now
			                        AND coalesce(resolve_warning_at,
			                                     window_start_at + (resolve_due_at - window_start_at) * 0.8) <= :now)
			                 AS "inHandWarning",
			       count(*) FILTER (WHERE status <> 'SUBMITTED' AND resolve_due_at < :now) AS "inHandOverdue"
			FROM ticket
			WHERE region_id IN (:regionIds) AND department_id IS NULL
			  AND (status = 'SUBMITTED' OR (status IN ('ACCEPTED', 'IN_PROGRESS') AND assignee_id = :workerId))
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
