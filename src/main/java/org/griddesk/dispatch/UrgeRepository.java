package org.griddesk.dispatch;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UrgeRepository extends ListCrudRepository<Urge, Long> {

	List<Urge> findByTicketIdOrderByIdAsc(Long ticketId);

	/**
	 * The owner (anyone but the one who urged) moved: the ticket's pending urges are answered. Runs with every
	 * change of a ticket, so it is SQL: Hibernate would translate a JPQL update anew each time.
	 */
	@Modifying
	@Query(value = "UPDATE urge SET answered_at = :at WHERE ticket_id = :ticketId AND answered_at IS NULL "
			+ "AND escalated_at IS NULL AND urged_by <> :actorId", nativeQuery = true)
	int answer(Long ticketId, Long actorId, Instant at);

	/** The ticket left the owner's hands altogether (resolved, moved by GridDesk): nothing is left to press. */
	@Modifying
	@Query(value = "UPDATE urge SET answered_at = :at WHERE ticket_id = :ticketId AND answered_at IS NULL "
			+ "AND escalated_at IS NULL", nativeQuery = true)
	int settle(Long ticketId, Instant at);

	@Query("select u.id from Urge u where u.answeredAt is null and u.escalatedAt is null and u.urgedAt < :before "
			+ "order by u.id")
	List<Long> findUnansweredBefore(Instant before, Pageable pageable);

	/** Escalates an urge that is still pending; 0 when another sweep or an answer came first. */
	@Modifying
	@Query(value = "UPDATE urge SET escalated_at = :at, escalated_to = :regionId WHERE id = :id "
			+ "AND escalated_at IS NULL AND answered_at IS NULL", nativeQuery = true)
	int escalate(Long id, Long regionId, Instant at);

	@Query("select u from Urge u where u.escalatedTo in :regionIds order by u.escalatedAt desc")
	List<Urge> findEscalatedTo(Collection<Long> regionIds, Pageable pageable);

}
