package org.griddesk.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface AuditEntryRepository extends ListCrudRepository<AuditEntry, Long> {

	Page<AuditEntry> findAllByOrderByAtDescIdDesc(Pageable pageable);

}
