package org.griddesk.dispatch;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WhistleRepository extends ListCrudRepository<Whistle, Long> {

	/**
	 * The whistle, locked: departments finishing at the same moment take turns, so that the last one to finish
	 * always sees the others done and closes the whistle.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select w from Whistle w where w.id = :id")
	Optional<Whistle> findForUpdate(Long id);

	List<Whistle> findByTicketIdOrderByIdAsc(Long ticketId);

	boolean existsByTicketIdAndStatus(Long ticketId, WhistleStatus status);

	@Query("select count(s) > 0 from Whistle w join w.summons s where w.ticketId = :ticketId "
			+ "and s.departmentId = :departmentId")
	boolean wasSummoned(Long ticketId, Long departmentId);

	/** A department's summonses, open whistles first, newest first. */
	@Query(value = "select w from Whistle w join w.summons s where s.departmentId = :departmentId "
			+ "order by case when w.status = org.griddesk.dispatch.WhistleStatus.OPEN then 0 else 1 end, w.id desc",
			countQuery = "select count(w) from Whistle w join w.summons s where s.departmentId = :departmentId")
	Page<Whistle> findSummoning(Long departmentId, Pageable pageable);

}
