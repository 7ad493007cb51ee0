package org.griddesk.catalog;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CategoryRepository extends ListCrudRepository<Category, Long> {

	List<Category> findAllByOrderByKindAscCodeAsc();

	List<Category> findByKindAndEnabledTrueOrderByCode(TicketKind kind);

	boolean existsByCode(String code);

	boolean existsByKindAndName(TicketKind kind, String name);

	boolean existsByKindAndNameAndIdNot(TicketKind kind, String name, Long id);

}
