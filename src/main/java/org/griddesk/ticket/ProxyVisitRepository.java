package org.griddesk.ticket;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ProxyVisitRepository extends Repository<ProxyVisit, Long> {

	ProxyVisit save(ProxyVisit visit);

	List<ProxyVisit> findByTicketIdOrderByVisitedAtAscIdAsc(Long ticketId);

}
