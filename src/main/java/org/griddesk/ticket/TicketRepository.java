package org.griddesk.ticket;

import java.time.Instant;
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
	 * changes the row; the other's update waits for the first to commit and then matches nothing. Written in SQL
	 * because Hibernate translates a JPQL update anew on every execution (it caches the plans of queries only): about
	 * two fifths of the statement's Java side in a profile of the benchmark's acceptances.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE ticket SET status = 'ACCEPTED', assignee_id = :assigneeId, accepted_at = :now, "
			+ "version = version + 1 WHERE id = :id AND status = 'SUBMITTED'", nativeQuery = true)
	int claim(Long id, Long assigneeId, Instant now);

	@Query("select t.id from Ticket t where t.status = org.griddesk.ticket.TicketStatus.RESOLVED "
			+ "and t.resolvedAt < :resolvedBefore order by t.resolvedAt")
	List<Long> findResolvedBefore(Instant resolvedBefore, Pageable pageable);

	@Query(value = "SELECT pg_advisory_xact_lock(hashtext(:key))", nativeQuery = true)
	void lockSubmissionKey(String key);

}
