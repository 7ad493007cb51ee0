package org.griddesk.ledger;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PersonalDataAccessRepository extends ListCrudRepository<PersonalDataAccess, Long> {

	List<PersonalDataAccess> findTop50ByPersonIdOrderByIdDesc(Long personId);

}
