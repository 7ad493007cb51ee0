package org.griddesk.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface LedgerImportRepository extends ListCrudRepository<LedgerImport, UUID> {

	List<LedgerImport> findByCreatedAtBefore(Instant before);

}
