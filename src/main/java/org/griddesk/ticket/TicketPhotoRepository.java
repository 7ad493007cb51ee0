package org.griddesk.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TicketPhotoRepository extends Repository<TicketPhoto, Long> {

	TicketPhoto save(TicketPhoto photo);

	Optional<TicketPhoto> findById(Long id);

	@Query("select new org.griddesk.ticket.PhotoRef(p.id, p.eventId) from TicketPhoto p where p.ticketId = :ticketId "
			+ "order by p.id")
	List<PhotoRef> findRefsByTicketId(Long ticketId);

	@Query("select new org.griddesk.ticket.PhotoRef(p.id, p.eventId) from TicketPhoto p where p.ticketId in :ticketIds "
			+ "order by p.id")
	List<PhotoRef> findRefsByTicketIdIn(Collection<Long> ticketIds);

	long countByTicketId(Long ticketId);

}
