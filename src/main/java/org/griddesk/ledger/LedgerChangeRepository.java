package org.griddesk.ledger;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface LedgerChangeRepository extends ListCrudRepository<LedgerChange, Long> {

	List<LedgerChange> findTop200ByPersonIdOrderByIdDesc(Long personId);

	List<LedgerChange> findTop200ByHouseholdIdOrderByIdDesc(Long householdId);

}
