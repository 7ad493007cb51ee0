package org.griddesk.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TicketEventRepository extends Repository<TicketEvent, Long> {

	TicketEvent save(TicketEvent event);

	List<TicketEvent> findByTicketIdOrderByIdAsc(Long ticketId);

	List<TicketEvent> findByTicketIdInOrderByIdAsc(Collection<Long> ticketIds);

	long countByTicketIdAndType(Long ticketId, TicketEventType type);

	/** The account that filed the ticket; empty for a system without an account (an Open311 client, for one). */
	@Query("select e.actorId from TicketEvent e where e.ticketId = :ticketId "
			+ "and e.type = org.griddesk.ticket.TicketEventType.SUBMITTED")
	Optional<Long> findSubmitterId(Long ticketId);

}
