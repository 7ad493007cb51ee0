package org.griddesk.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.griddesk.account.CurrentUser;
import org.griddesk.ledger.LedgerChange.Action;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons of the ledger as the pages show and the grid workers change them: create, edit, move between doors,
 * mark moved-out or deceased, and reveal an identity number or phone on purpose. Everything stays in the user's
 * scope and lands in the history.
 */
@Service
@Transactional(readOnly = true)
class Persons {

	static final int REASON_MAX = 200;

	private static final int MOVE_CANDIDATES = 20;

	private final PersonRepository persons;

	private final HouseholdRepository households;

	private final PersonalDataAccessRepository accessLog;

	private final LedgerAccess access;

	private final ChangeLog changeLog;

	private final Clock clock;

	Persons(PersonRepository persons, HouseholdRepository households, PersonalDataAccessRepository accessLog,
			LedgerAccess access, ChangeLog changeLog, Clock clock) {
		this.persons = persons;
		this.households = households;
		this.accessLog = accessLog;
		this.access = access;
		this.changeLog = changeLog;
		this.clock = clock;
	}

	PersonPage page(CurrentUser user, Long id) {
		Set<Long> grids = this.access.readableGrids(user);
		Person person = load(grids, id);
		Household household = this.households.findById(person.getHouseholdId()).orElseThrow();
		return new PersonPage(person.toView(household.getGridId()), household.toView(),
				this.access.gridDirectory().get(household.getGridId()).label(), this.changeLog.ofPerson(id),
				this.accessLog.findTop50ByPersonIdOrderByIdDesc(id).stream().map(PersonalDataAccess::toRow).toList(),
				this.access.canEdit(user), this.access.canReveal(user));
	}

	/** The door a new person will join, for the form's heading. */
	HouseholdView householdForNewPerson(CurrentUser user, Long householdId) {
		return loadHousehold(this.access.editableGrids(user), householdId).toView();
	}

	PersonEdit edit(CurrentUser user, Long id) {
		Person person = load(this.access.editableGrids(user), id);
		Household household = this.households.findById(person.getHouseholdId()).orElseThrow();
		return new PersonEdit(person.toView(household.getGridId()), household.toView(), person.getVersion());
	}

	@Transactional
	Long create(CurrentUser user, Long householdId, PersonDetails details) {
		Household household = loadHousehold(this.access.editableGrids(user), householdId);
		PersonDetails checked = PersonRules.checked(details, today());
		if (this.persons.existsByIdNumber(checked.idNumber())) {
			throw new InvalidInputException("idNumber", "ledger.error.idTaken");
		}
		Person person = this.persons.save(new Person(household.getId(), checked, this.clock.instant()));
		this.changeLog.personCreated(Actor.of(user), person, Action.CREATED);
		return person.getId();
	}

	/** A blank identity number or phone keeps the one on record: the form never shows them in clear. */
	@Transactional
	void update(CurrentUser user, Long id, long version, PersonDetails details) {
		Person person = load(this.access.editableGrids(user), id);
		PersonDetails before = person.details();
		PersonDetails merged = new PersonDetails(details.name(), details.gender(), details.birthDate(),
				details.idNumber().isEmpty() ? before.idNumber() : details.idNumber(),
				details.phone() == null ? before.phone() : details.phone(), details.relation(), details.tags(),
				details.notes());
		PersonDetails checked = PersonRules.checked(merged, today());
		if (person.getVersion() != version) {
			throw new ConflictException("error.concurrentChange");
		}
		if (this.persons.existsByIdNumberAndIdNot(checked.idNumber(), id)) {
			throw new InvalidInputException("idNumber", "ledger.error.idTaken");
		}
		person.apply(checked);
		this.changeLog.personUpdated(Actor.of(user), person, before, checked);
	}

	MovePage moveOptions(CurrentUser user, Long id, String query) {
		Set<Long> grids = this.access.editableGrids(user);
		Person person = load(grids, id);
		Household current = this.households.findById(person.getHouseholdId()).orElseThrow();
		String text = query == null ? "" : query.strip().replace("%", "").replace("_", "");
		List<HouseholdView> candidates = text.isEmpty() ? List.of()
				: this.households
					.findAll(candidatesMatching(grids, text, current.getId()),
							PageRequest.of(0, MOVE_CANDIDATES, Sort.by("address", "building", "unit", "room")))
					.map(Household::toView)
					.getContent();
		return new MovePage(person.toView(current.getGridId()), current.toView(), candidates);
	}

	@Transactional
	void move(CurrentUser user, Long id, Long targetHouseholdId, Relation relation) {
		Set<Long> grids = this.access.editableGrids(user);
		Person person = load(grids, id);
		Household target = loadHousehold(grids, targetHouseholdId);
		if (target.getId().equals(person.getHouseholdId())) {
			throw new InvalidInputException("householdId", "ledger.error.sameHousehold");
		}
		HouseholdView from = this.households.findById(person.getHouseholdId()).orElseThrow().toView();
		Relation before = person.getRelation();
		person.moveTo(target.getId(), relation == null ? Relation.OTHER : relation);
		this.changeLog.personMoved(Actor.of(user), person, from, target.toView());
		this.changeLog.relationChanged(Actor.of(user), person, before);
	}

	@Transactional
	void changeStatus(CurrentUser user, Long id, PersonStatus status, String note) {
		Person person = load(this.access.editableGrids(user), id);
		if (status == null) {
			throw new InvalidInputException("status", "ledger.error.required");
		}
		String why = note == null ? "" : note.strip();
		if (why.length() > REASON_MAX) {
			throw new InvalidInputException("note", "ledger.error.tooLong", REASON_MAX);
		}
		if (person.getStatus() == status) {
			throw new ConflictException("ledger.error.sameStatus");
		}
		PersonStatus before = person.getStatus();
		person.changeStatus(status);
		this.changeLog.statusChanged(Actor.of(user), person, before, why);
	}

	/**
	 * Shows one piece of personal data in clear and writes down who asked, when, and why. Commanders above the
	 * community are refused (403); a person outside the user's grids does not exist (404).
	 */
	@Transactional
	String reveal(CurrentUser user, Long id, PersonalDataField field, String reason) {
		Person person = load(this.access.revealableGrids(user), id);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new InvalidInputException("reason", "ledger.error.reasonRequired");
		}
		if (why.length() > REASON_MAX) {
			throw new InvalidInputException("reason", "ledger.error.tooLong", REASON_MAX);
		}
		if (field == null) {
			throw new InvalidInputException("field", "ledger.error.required");
		}
		this.accessLog.save(new PersonalDataAccess(this.clock.instant(), user.id(), user.displayName(),
				user.role().name(), id, field, why));
		String value = field == PersonalDataField.ID_NUMBER ? person.getIdNumber() : person.getPhone();
		return value == null ? "" : value;
	}

	private Person load(Set<Long> grids, Long id) {
		if (grids.isEmpty()) {
			throw new NotFoundException("person", id);
		}
		return this.persons.findInScope(id, grids).orElseThrow(() -> new NotFoundException("person", id));
	}

	private Household loadHousehold(Set<Long> grids, Long id) {
		if (grids.isEmpty() || id == null) {
			throw new NotFoundException("household", id);
		}
		return this.households.findInScope(id, grids).orElseThrow(() -> new NotFoundException("household", id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Specification<Household> candidatesMatching(Set<Long> grids,
			String text, Long exceptId) {
		return (root, query, cb) -> cb.and(root.get("gridId").in(grids), cb.notEqual(root.get("id"), exceptId),
				cb.or(cb.like(cb.lower(root.get("address")), "%" + text.toLowerCase() + "%"),
						cb.like(cb.lower(root.get("building")), "%" + text.toLowerCase() + "%")));
	}

}
