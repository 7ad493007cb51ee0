package org.griddesk.open311;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiKeyRepository extends ListCrudRepository<ApiKey, Long> {

	Optional<ApiKey> findByKeyHash(String keyHash);

	boolean existsByName(String name);

	boolean existsByNameAndIdNot(String name, Long id);

	List<ApiKey> findAllByOrderByRevokedAtDescCreatedAtDesc();

}
