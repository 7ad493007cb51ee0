package org.griddesk.open311;

import org.springframework.data.repository.ListCrudRepository;

interface RequesterRepository extends ListCrudRepository<Requester, Long> {
}
