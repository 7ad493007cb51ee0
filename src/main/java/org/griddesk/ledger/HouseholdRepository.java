package org.griddesk.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long>, JpaSpecificationExecutor<Household> {

	/** A household the scope may see; outside it, it does not exist. */
	@Query("select h from Household h where h.id = :id and h.gridId in :gridIds")
	Optional<Household> findInScope(Long id, Collection<Long> gridIds);

	Optional<Household> findByGridIdAndBuildingAndUnitAndRoom(Long gridId, String building, String unit, String room);

	boolean existsByGridIdAndBuildingAndUnitAndRoomAndIdNot(Long gridId, String building, String unit, String room,
			Long id);

	boolean existsByGridIdAndBuildingAndUnitAndRoom(Long gridId, String building, String unit, String room);

	List<Household> findByGridIdInOrderByAddressAscBuildingAscUnitAscRoomAsc(Collection<Long> gridIds);

	List<Household> findByGridIdIn(Collection<Long> gridIds);

}
