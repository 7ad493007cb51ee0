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

	/** The owner (anyone but the one who urged) moved: the ticket's pending urges are answered. */
	@Modifying
	@Query("update Urge u set u.answeredAt = :at where u.ticketId = :ticketId and u.answeredAt is null "
			+ "and u.escalatedAt is null and u.urgedBy <> :actorId")
	int answer(Long ticketId, Long actorId, Instant at);

	/** The ticket left the owner's hands altogether (resolved, moved by GridDesk): nothing is left to press. */
	@Modifying
	@Query("update Urge u set u.answeredAt = :at where u.ticketId = :ticketId and u.answeredAt is null "
			+ "and u.escalatedAt is null")
	int settle(Long ticketId, Instant at);

	@Query("select u.id from Urge u where u.answeredAt is null and u.escalatedAt is null and u.urgedAt < :before "
			+ "order by u.id")
	List<Long> findUnansweredBefore(Instant before, Pageable pageable);

	/** Escalates an urge that is still pending; 0 when another sweep or an answer came first. */
	@Modifying
	@Query("update Urge u set u.escalatedAt = :at, u.escalatedTo = :regionId where u.id = :id "
			+ "and u.escalatedAt is null and u.answeredAt is null")
	int escalate(Long id, Long regionId, Instant at);

	@Query("select u from Urge u where u.escalatedTo in :regionIds order by u.escalatedAt desc")
	List<Urge> findEscalatedTo(Collection<Long> regionIds, Pageable pageable);

}
