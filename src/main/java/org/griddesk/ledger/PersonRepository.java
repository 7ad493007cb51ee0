package org.griddesk.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	/** A person whose household lies in one of the grids; outside them, the person does not exist. */
	@Query("select p from Person p where p.id = :id and exists "
			+ "(select 1 from Household h where h.id = p.householdId and h.gridId in :gridIds)")
	Optional<Person> findInScope(Long id, Collection<Long> gridIds);

	List<Person> findByHouseholdIdOrderByIdAsc(Long householdId);

	List<Person> findByHouseholdIdIn(Collection<Long> householdIds);

	Optional<Person> findByIdNumber(String idNumber);

	boolean existsByIdNumber(String idNumber);

	boolean existsByIdNumberAndIdNot(String idNumber, Long id);

	List<Person> findByIdNumberIn(Collection<String> idNumbers);

	/**
	 * Persons in the grids whose name contains the text, whose phone contains the digits, or whose identity number
	 * ends with them (the reversed number is indexed for that); active persons first.
	 */
	@Query("select p from Person p, Household h where h.id = p.householdId and h.gridId in :gridIds and ("
			+ "p.name like :namePattern or (:digits <> '' and (p.phone like :phonePattern "
			+ "or cast(function('reverse', p.idNumber) as String) like :reversedPrefix))) "
			+ "order by case when p.status = org.griddesk.ledger.PersonStatus.ACTIVE then 0 else 1 end, p.name, p.id")
	List<Person> search(Collection<Long> gridIds, String namePattern, String digits, String phonePattern,
			String reversedPrefix, Pageable pageable);

}
