package org.griddesk.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findByPhone(String phone);

	boolean existsByUsername(String username);

	boolean existsByPhone(String phone);

	boolean existsByPhoneAndIdNot(String phone, Long id);

	Page<Account> findByRoleNotOrderByUsername(Role role, Pageable pageable);

	Page<Account> findByRoleOrderByUsername(Role role, Pageable pageable);

	/** With their regions in the same read: a district's desk lists five hundred workers, one query each before. */
	@Query("select distinct a from Account a left join fetch a.regionIds where a.role = :role and exists "
			+ "(select 1 from Account b join b.regionIds r where b = a and r in :regionIds) order by a.username")
	List<Account> findByRoleInRegions(Role role, Collection<Long> regionIds);

	@Query("select distinct a.id from Account a join a.regionIds r where a.role = :role and a.enabled = true "
			+ "and r in :regionIds")
	List<Long> findEnabledIdsByRoleInRegions(Role role, Collection<Long> regionIds);

	/** Names alone: loading the accounts would also load every account's regions, one query each. */
	@Query("select a.id as id, a.displayName as displayName from Account a where a.id in :ids")
	List<DisplayName> findDisplayNamesByIdIn(Collection<Long> ids);

	interface DisplayName {

		Long getId();

		String getDisplayName();

	}

	@Query("select a from Account a where a.role <> :excluded and (lower(a.username) like :pattern escape '\\' "
			+ "or lower(a.displayName) like :pattern escape '\\') order by a.username")
	Page<Account> searchByRoleNot(Role excluded, String pattern, Pageable pageable);

	boolean existsByRole(Role role);

	long countByRoleAndEnabledTrue(Role role);

}
