package org.griddesk.catalog;

import java.util.List;

import org.griddesk.audit.AuditTrail;
import org.griddesk.region.Departments;
import org.griddesk.system.ReferenceCaches;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The responsibility list: reading it for ticket forms and routing, and the administrator's changes to it. */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private static final String ALL = "catalog";

	private static final String ONE = "catalog-entries";

	private final CategoryRepository categories;

	private final Departments departments;

	private final AuditTrail audit;

	private final ReferenceCaches caches;

	Catalog(CategoryRepository categories, Departments departments, AuditTrail audit, ReferenceCaches caches) {
		this.categories = categories;
		this.departments = departments;
		this.audit = audit;
		this.caches = caches;
	}

	@Cacheable(ALL)
	public List<CategoryView> all() {
		return this.categories.findAllByOrderByKindAscCodeAsc().stream().map(Category::toView).toList();
	}

	/** The enabled categories residents may choose for a kind of ticket. */
	public List<CategoryView> offered(TicketKind kind) {
		return this.categories.findByKindAndEnabledTrueOrderByCode(kind).stream().map(Category::toView).toList();
	}

	@Cacheable(ONE)
	public CategoryView get(Long id) {
		return this.categories.findById(id)
			.map(Category::toView)
			.orElseThrow(() -> new NotFoundException("category", id));
	}

	@Transactional
	public CategoryView create(String code, CategoryDefinition definition) {
		if (this.categories.existsByCode(code)) {
			throw new InvalidInputException("code", "category.error.duplicateCode");
		}
		if (this.categories.existsByKindAndName(definition.kind(), definition.name())) {
			throw new InvalidInputException("name", "category.error.duplicateName");
		}
		check(definition);
		this.caches.changed(ALL, ONE);
		CategoryView view = this.categories.save(new Category(code, definition)).toView();
		this.audit.record("CATEGORY_CREATED", "CATEGORY", view.id(), code + " " + definition.describe());
		return view;
	}

	@Transactional
	public void update(Long id, CategoryDefinition definition) {
		Category category = this.categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
		if (this.categories.existsByKindAndNameAndIdNot(definition.kind(), definition.name(), id)) {
			throw new InvalidInputException("name", "category.error.duplicateName");
		}
		check(definition);
		this.caches.changed(ALL, ONE);
		category.apply(definition);
		this.audit.record("CATEGORY_UPDATED", "CATEGORY", id, definition.describe());
	}

	private void check(CategoryDefinition definition) {
		if (definition.ownerLevel() == OwnerLevel.DEPARTMENT && definition.departmentId() == null) {
			throw new InvalidInputException("departmentId", "category.error.departmentRequired");
		}
		if (definition.departmentId() != null) {
			this.departments.get(definition.departmentId());
		}
		if (definition.resolveWindowHours() < definition.acceptWindowHours()) {
			throw new InvalidInputException("resolveWindowHours", "category.error.resolveBeforeAccept");
		}
	}

}
