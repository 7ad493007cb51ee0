package org.griddesk.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.griddesk.account.CurrentUser;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The doors of the ledger as the pages show and the grid workers change them, always within the user's scope. */
@Service
@Transactional(readOnly = true)
class Households {

	static final int PAGE_SIZE = 20;

	private final HouseholdRepository households;

	private final PersonRepository persons;

	private final LedgerAccess access;

	private final ChangeLog changeLog;

	private final Clock clock;

	Households(HouseholdRepository households, PersonRepository persons, LedgerAccess access, ChangeLog changeLog,
			Clock clock) {
		this.households = households;
		this.persons = persons;
		this.access = access;
		this.changeLog = changeLog;
		this.clock = clock;
	}

	LedgerListPage list(CurrentUser user, LedgerFilter filter, int page) {
		Set<Long> grids = this.access.readableGrids(user);
		Map<Long, GridOption> directory = this.access.gridDirectory();
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE,
				Sort.by("address", "building", "unit", "room", "id"));
		Page<Household> found = grids.isEmpty() ? Page.empty(request)
				: this.households.findAll(matching(grids, filter), request);
		Map<Long, List<Person>> residents = this.persons
			.findByHouseholdIdIn(found.map(Household::getId).getContent())
			.stream()
			.collect(Collectors.groupingBy(Person::getHouseholdId));
		Page<HouseholdRow> rows = found.map(household -> {
			HouseholdView view = household.toView();
			List<Resident> people = residents.getOrDefault(household.getId(), List.of())
				.stream()
				.sorted(Comparator.comparing((Person p) -> p.getStatus() != PersonStatus.ACTIVE)
					.thenComparing(p -> p.getRelation() != Relation.SELF)
					.thenComparing(Person::getId))
				.map(p -> new Resident(p.getId(), p.getName(), p.getRelation(), p.tags(), p.getStatus()))
				.toList();
			return new HouseholdRow(view.id(), directory.get(view.gridId()).label(), view.address(), view.door(),
					people);
		});
		return new LedgerListPage(rows, this.access.options(grids), this.access.canEdit(user));
	}

	HouseholdPage page(CurrentUser user, Long id) {
		Household household = load(this.access.readableGrids(user), id);
		List<PersonView> people = this.persons.findByHouseholdIdOrderByIdAsc(id)
			.stream()
			.map(person -> person.toView(household.getGridId()))
			.sorted(Comparator.comparing((PersonView p) -> !p.active()))
			.toList();
		return new HouseholdPage(household.toView(), this.access.gridDirectory().get(household.getGridId()).label(),
				people, this.changeLog.ofHousehold(id), this.access.canEdit(user));
	}

	List<GridOption> editableGrids(CurrentUser user) {
		return this.access.options(this.access.editableGrids(user));
	}

	HouseholdEdit edit(CurrentUser user, Long id) {
		Household household = load(this.access.editableGrids(user), id);
		return new HouseholdEdit(id, household.details(), household.getVersion());
	}

	@Transactional
	Long create(CurrentUser user, HouseholdDetails details) {
		HouseholdDetails checked = checkedFor(user, details);
		if (this.households.existsByGridIdAndBuildingAndUnitAndRoom(checked.gridId(), checked.building(),
				checked.unit(), checked.room())) {
			throw new InvalidInputException("room", "ledger.error.doorTaken");
		}
		Household household = this.households.save(new Household(checked, this.clock.instant()));
		this.changeLog.householdCreated(Actor.of(user), household);
		return household.getId();
	}

	@Transactional
	void update(CurrentUser user, Long id, long version, HouseholdDetails details) {
		Household household = load(this.access.editableGrids(user), id);
		HouseholdDetails checked = checkedFor(user, details);
		if (household.getVersion() != version) {
			throw new ConflictException("error.concurrentChange");
		}
		if (this.households.existsByGridIdAndBuildingAndUnitAndRoomAndIdNot(checked.gridId(), checked.building(),
				checked.unit(), checked.room(), id)) {
			throw new InvalidInputException("room", "ledger.error.doorTaken");
		}
		HouseholdDetails before = household.details();
		household.apply(checked);
		Map<Long, GridOption> directory = this.access.gridDirectory();
		this.changeLog.householdUpdated(Actor.of(user), id, before, checked, gridId -> directory.get(gridId).code());
	}

	private HouseholdDetails checkedFor(CurrentUser user, HouseholdDetails details) {
		HouseholdDetails checked = HouseholdRules.checked(details);
		if (!this.access.editableGrids(user).contains(checked.gridId())) {
			throw new InvalidInputException("gridId", "ledger.error.gridOutOfScope");
		}
		return checked;
	}

	private Household load(Set<Long> grids, Long id) {
		if (grids.isEmpty()) {
			throw new NotFoundException("household", id);
		}
		return this.households.findInScope(id, grids).orElseThrow(() -> new NotFoundException("household", id));
	}

	/** The scope's doors matching the filter; the text matches the address or anyone living there. */
	private static Specification<Household> matching(Set<Long> grids, LedgerFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(root.get("gridId").in(grids));
			if (filter.gridId() != null) {
				predicates.add(cb.equal(root.get("gridId"), filter.gridId()));
			}
			if (filter.tag() != null) {
				Subquery<Long> tagged = query.subquery(Long.class);
				Root<Person> person = tagged.from(Person.class);
				Join<Person, PersonTag> tag = person.join("tags");
				tagged.select(person.get("id"))
					.where(cb.equal(person.get("householdId"), root.get("id")), cb.equal(tag, filter.tag()),
							cb.equal(person.get("status"), PersonStatus.ACTIVE));
				predicates.add(cb.exists(tagged));
			}
			if (!filter.q().isEmpty()) {
				String pattern = "%" + filter.q().toLowerCase() + "%";
				Subquery<Long> resident = query.subquery(Long.class);
				Root<Person> person = resident.from(Person.class);
				List<Predicate> personMatches = new ArrayList<>();
				personMatches.add(cb.like(person.get("name"), "%" + filter.q() + "%"));
				String digits = filter.q().toUpperCase();
				if (digits.matches("[0-9]{3,17}[0-9X]")) {
					personMatches.add(cb.like(person.get("phone"), "%" + digits));
					personMatches.add(cb.like(cb.function("reverse", String.class, person.get("idNumber")),
							new StringBuilder(digits).reverse() + "%"));
				}
				resident.select(person.get("id"))
					.where(cb.equal(person.get("householdId"), root.get("id")),
							cb.or(personMatches.toArray(Predicate[]::new)));
				predicates.add(cb.or(cb.like(cb.lower(root.get("address")), pattern),
						cb.like(cb.lower(root.get("building")), pattern), cb.exists(resident)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
