package org.griddesk.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.region.Scope;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as other modules use it: look up a door or a person (masked), find a resident by name, phone or the
 * last digits of the identity number within a scope, and the door a person lives at (to route a ticket). Personal
 * data never leaves this module in clear.
 */
@Service
@Transactional(readOnly = true)
public class Ledger {

	static final int SEARCH_LIMIT = 20;

	private static final int MIN_DIGITS = 4;

	private final HouseholdRepository households;

	private final PersonRepository persons;

	private final LedgerBulkInsert bulkInsert;

	private final Clock clock;

	Ledger(HouseholdRepository households, PersonRepository persons, LedgerBulkInsert bulkInsert, Clock clock) {
		this.households = households;
		this.persons = persons;
		this.bulkInsert = bulkInsert;
		this.clock = clock;
	}

	/** A door by id; {@link NotFoundException} when there is none. */
	public HouseholdView household(Long id) {
		return findHousehold(id).orElseThrow(() -> new NotFoundException("household", id));
	}

	/** A door by id, if there is one: for callers to whom a missing door is an answer, not an error. */
	public Optional<HouseholdView> findHousehold(Long id) {
		return this.households.findById(id).map(Household::toView);
	}

	/** A person by id, masked, with the door and grid they live in; {@link NotFoundException} when there is none. */
	public PersonView person(Long id) {
		Person person = this.persons.findById(id).orElseThrow(() -> new NotFoundException("person", id));
		return person.toView(household(person.getHouseholdId()).gridId());
	}

	/**
	 * Up to twenty persons living in the scope's grids whose name contains the query, or whose phone or identity
	 * number ends with it (four digits at least; a trailing X counts). Active persons come first.
	 */
	public List<PersonRow> search(Scope scope, String query) {
		String text = query == null ? "" : query.strip().replace("%", "").replace("_", "");
		if (text.isEmpty() || scope.isEmpty()) {
			return List.of();
		}
		String upper = text.toUpperCase(Locale.ROOT);
		String digits = upper.matches("[0-9]{" + (MIN_DIGITS - 1) + ",17}[0-9X]") ? upper : "";
		List<Person> found = this.persons.search(scope.regionIds(), "%" + text + "%", digits, "%" + digits,
				new StringBuilder(digits).reverse() + "%", PageRequest.of(0, SEARCH_LIMIT));
		Map<Long, HouseholdView> doors = this.households
			.findAllById(found.stream().map(Person::getHouseholdId).distinct().toList())
			.stream()
			.map(Household::toView)
			.collect(Collectors.toMap(HouseholdView::id, Function.identity()));
		return found.stream().map(person -> person.toRow(doors.get(person.getHouseholdId()))).toList();
	}

	/** The door a person lives at, or empty when there is no such person. */
	public Optional<HouseholdView> householdOfPerson(Long personId) {
		return this.persons.findById(personId)
			.flatMap(person -> this.households.findById(person.getHouseholdId()))
			.map(Household::toView);
	}

	/**
	 * Puts a door and the people living there on the ledger in one go, as the system (demo data, a migration from
	 * an older register): the door is reused when it exists. Every person is checked like a form entry.
	 */
	@Transactional
	public Enrolment enrol(HouseholdDetails door, List<PersonDetails> people) {
		return enrolAll(List.of(new HouseholdEnrolment(door, people))).get(0);
	}

	/**
	 * {@link #enrol} for many doors at once, written with a few batched statements; all or nothing. Refused with an
	 * {@link InvalidInputException} when a door or person breaks a rule or an identity number is already taken.
	 */
	@Transactional
	public List<Enrolment> enrolAll(List<HouseholdEnrolment> entries) {
		LocalDate today = LocalDate.now(this.clock);
		List<HouseholdEnrolment> checked = entries.stream()
			.map(entry -> new HouseholdEnrolment(HouseholdRules.checked(entry.door()),
					entry.people().stream().map(person -> PersonRules.checked(person, today)).toList()))
			.toList();
		List<String> idNumbers = checked.stream()
			.flatMap(entry -> entry.people().stream())
			.map(PersonDetails::idNumber)
			.toList();
		if (idNumbers.size() != new HashSet<>(idNumbers).size()
				|| !this.persons.findByIdNumberIn(idNumbers).isEmpty()) {
			throw new InvalidInputException("idNumber", "ledger.error.idTaken");
		}
		Set<Long> grids = checked.stream().map(entry -> entry.door().gridId()).collect(Collectors.toSet());
		Map<String, Long> doors = this.households.findByGridIdIn(grids)
			.stream()
			.collect(Collectors.toMap(household -> LedgerBulkInsert.key(household.details()), Household::getId));
		return this.bulkInsert.insert(checked, doors, this.clock.instant());
	}

}
