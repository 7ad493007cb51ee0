package org.griddesk.region;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface DepartmentRepository extends ListCrudRepository<Department, Long> {

	List<Department> findAllByOrderByCode();

	boolean existsByCode(String code);

	boolean existsByName(String name);

	boolean existsByNameAndIdNot(String name, Long id);

}
