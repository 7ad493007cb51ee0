package org.griddesk.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {

	List<Region> findByParentIdOrderByName(Long parentId);

	List<Region> findByLevelOrderByPath(RegionLevel level);

	List<Region> findAllByOrderByPath();

	Optional<Region> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByParentIdAndName(Long parentId, String name);

	@Query(value = "SELECT r.id FROM region r JOIN region b ON r.path LIKE b.path || '%' WHERE b.id IN (:bound)",
			nativeQuery = true)
	List<Long> findSubtreeIds(Collection<Long> bound);

	@Query("select r from Region r where r.path like concat(:path, '%') order by r.path")
	List<Region> findSubtree(String path);

	@Modifying
	@Query(value = "UPDATE region SET path = :newPrefix || substr(path, length(:oldPrefix) + 1), version = version + 1 "
			+ "WHERE path LIKE :oldPrefix || '%' AND path <> :oldPrefix", nativeQuery = true)
	int rebaseDescendants(String oldPrefix, String newPrefix);

	Optional<Region> findFirstByParentIdIsNull();

}
