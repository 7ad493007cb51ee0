package org.griddesk.ticket;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface TicketEventRepository extends Repository<TicketEvent, Long> {

	TicketEvent save(TicketEvent event);

	List<TicketEvent> findByTicketIdOrderByIdAsc(Long ticketId);

	List<TicketEvent> findByTicketIdInOrderByIdAsc(Collection<Long> ticketIds);

	long countByTicketIdAndType(Long ticketId, TicketEventType type);

}
