package org.griddesk.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.ledger.LedgerChange.Action;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the ledger history in the caller's transaction: a change that rolls back leaves no line claiming it
 * happened. Identity numbers and phones are masked before they are written.
 */
@Component
class ChangeLog {

	private final LedgerChangeRepository changes;

	private final Clock clock;

	ChangeLog(LedgerChangeRepository changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void householdCreated(Actor actor, Household household) {
		write(actor, household.getId(), null, Action.CREATED, null, null, householdCreation(household.toView()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void householdUpdated(Actor actor, Long householdId, HouseholdDetails before, HouseholdDetails after,
			Function<Long, String> gridCode) {
		field(actor, householdId, null, Action.UPDATED, "gridCode", gridCode.apply(before.gridId()),
				gridCode.apply(after.gridId()));
		field(actor, householdId, null, Action.UPDATED, "building", before.building(), after.building());
		field(actor, householdId, null, Action.UPDATED, "unit", before.unit(), after.unit());
		field(actor, householdId, null, Action.UPDATED, "room", before.room(), after.room());
		field(actor, householdId, null, Action.UPDATED, "address", before.address(), after.address());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void personCreated(Actor actor, Person person, Action action) {
		write(actor, person.getHouseholdId(), person.getId(), action, null, null,
				personCreation(person.getName(), person.getIdNumber()));
	}

	static String householdCreation(HouseholdView household) {
		return household.fullAddress();
	}

	static String personCreation(String name, String idNumber) {
		return name + " " + Masking.idNumber(idNumber);
	}

	/** One line per changed field, so that the history reads "phone: 138****5678 → 139****1234". */
	@Transactional(propagation = Propagation.MANDATORY)
	void personUpdated(Actor actor, Person person, PersonDetails before, PersonDetails after) {
		Long householdId = person.getHouseholdId();
		Long personId = person.getId();
		field(actor, householdId, personId, Action.UPDATED, "name", before.name(), after.name());
		field(actor, householdId, personId, Action.UPDATED, "gender", before.gender(), after.gender());
		field(actor, householdId, personId, Action.UPDATED, "birthDate", before.birthDate(), after.birthDate());
		field(actor, householdId, personId, Action.UPDATED, "idNumber", Masking.idNumber(before.idNumber()),
				Masking.idNumber(after.idNumber()));
		if (!Objects.equals(before.idNumber(), after.idNumber())
				&& Masking.idNumber(before.idNumber()).equals(Masking.idNumber(after.idNumber()))) {
			// the masked forms hide a change in the middle digits; the line still says that something changed
			write(actor, householdId, personId, Action.UPDATED, "idNumber", Masking.idNumber(before.idNumber()),
					Masking.idNumber(after.idNumber()));
		}
		field(actor, householdId, personId, Action.UPDATED, "phone", Masking.phone(before.phone()),
				Masking.phone(after.phone()));
		field(actor, householdId, personId, Action.UPDATED, "relation", before.relation(), after.relation());
		field(actor, householdId, personId, Action.UPDATED, "tags", tags(before.tags()), tags(after.tags()));
		field(actor, householdId, personId, Action.UPDATED, "notes", before.notes(), after.notes());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void personMoved(Actor actor, Person person, HouseholdView from, HouseholdView to) {
		write(actor, to.id(), person.getId(), Action.MOVED, "household", from.fullAddress(), to.fullAddress());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void relationChanged(Actor actor, Person person, Relation before) {
		field(actor, person.getHouseholdId(), person.getId(), Action.UPDATED, "relation", before,
				person.getRelation());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void statusChanged(Actor actor, Person person, PersonStatus before, String note) {
		write(actor, person.getHouseholdId(), person.getId(), Action.STATUS_CHANGED, "status", before.name(),
				person.getStatus().name());
		if (note != null && !note.isBlank()) {
			write(actor, person.getHouseholdId(), person.getId(), Action.STATUS_CHANGED, "statusNote", null,
					note.strip());
		}
	}

	List<ChangeRow> ofPerson(Long personId) {
		return this.changes.findTop200ByPersonIdOrderByIdDesc(personId).stream().map(LedgerChange::toRow).toList();
	}

	List<ChangeRow> ofHousehold(Long householdId) {
		return this.changes.findTop200ByHouseholdIdOrderByIdDesc(householdId)
			.stream()
			.map(LedgerChange::toRow)
			.toList();
	}

	private void field(Actor actor, Long householdId, Long personId, Action action, String field, Object before,
			Object after) {
		String old = before == null ? "" : before.toString();
		String now = after == null ? "" : after.toString();
		if (!old.equals(now)) {
			write(actor, householdId, personId, action, field, old, now);
		}
	}

	private void write(Actor actor, Long householdId, Long personId, Action action, String field, String before,
			String after) {
		this.changes.save(new LedgerChange(this.clock.instant(), actor, householdId, personId, action, field,
				limit(before), limit(after)));
	}

	private static String tags(Set<PersonTag> tags) {
		return tags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static String limit(String value) {
		return value != null && value.length() > 1000 ? value.substring(0, 1000) : value;
	}

}
