package org.griddesk.region;

import java.util.List;

import org.griddesk.audit.AuditTrail;
import org.griddesk.system.ReferenceCaches;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district's bureaus and utilities. */
@Service
@Transactional(readOnly = true)
public class Departments {

	private static final String ALL = "departments";

	private static final String BY_ID = "department-by-id";

	private final DepartmentRepository departments;

	private final AuditTrail audit;

	private final ReferenceCaches caches;

	Departments(DepartmentRepository departments, AuditTrail audit, ReferenceCaches caches) {
		this.departments = departments;
		this.audit = audit;
		this.caches = caches;
	}

	@Cacheable(ALL)
	public List<DepartmentView> all() {
		return this.departments.findAllByOrderByCode().stream().map(Department::toView).toList();
	}

	@Cacheable(BY_ID)
	public DepartmentView get(Long id) {
		return load(id).toView();
	}

	@Transactional
	public DepartmentView create(String code, String name, String phone) {
		if (this.departments.existsByCode(code)) {
			throw new InvalidInputException("code", "department.error.duplicateCode");
		}
		if (this.departments.existsByName(name)) {
			throw new InvalidInputException("name", "department.error.duplicateName");
		}
		this.caches.changed(ALL, BY_ID);
		DepartmentView view = this.departments.save(new Department(code, name, phone)).toView();
		this.audit.record("DEPARTMENT_CREATED", "DEPARTMENT", view.id(), code + " " + name);
		return view;
	}

	@Transactional
	public void update(Long id, String name, String phone, boolean enabled) {
		if (this.departments.existsByNameAndIdNot(name, id)) {
			throw new InvalidInputException("name", "department.error.duplicateName");
		}
		this.caches.changed(ALL, BY_ID);
		load(id).update(name, phone, enabled);
		this.audit.record("DEPARTMENT_UPDATED", "DEPARTMENT", id, name + (enabled ? "" : " (disabled)"));
	}

	private Department load(Long id) {
		return this.departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
	}

}
