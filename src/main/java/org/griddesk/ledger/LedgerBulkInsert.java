package org.griddesk.ledger;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many checked doors and persons with a handful of batched statements instead of several round trips per
 * row: ids are drawn from the sequences up front, then every table gets one batch. The demo ledger loads this way in
 * every test context, so its speed matters.
 */
@Component
class LedgerBulkInsert {

	private final JdbcTemplate jdbc;

	LedgerBulkInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the doors not yet on the ledger ({@code existingDoors} maps door keys to ids) and all persons, with the
	 * system's creation lines in the history. The entries are already checked.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Enrolment> insert(List<HouseholdEnrolment> entries, Map<String, Long> existingDoors, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		List<HouseholdEnrolment> newDoors = entries.stream()
			.filter(entry -> !existingDoors.containsKey(key(entry.door())))
			.filter(distinctDoors())
			.toList();
		List<Long> householdIds = ids("household", newDoors.size());
		List<Object[]> households = new ArrayList<>();
		List<Object[]> householdChanges = new ArrayList<>();
		Map<String, Long> doorIds = new HashMap<>(existingDoors);
		for (int i = 0; i < newDoors.size(); i++) {
			HouseholdDetails door = newDoors.get(i).door();
			Long id = householdIds.get(i);
			doorIds.put(key(door), id);
			households.add(new Object[] { id, door.gridId(), door.building(), door.unit(), door.room(), door.address(),
					at });
			householdChanges.add(new Object[] { at, Actor.SYSTEM.name(), id, null, "CREATED",
					ChangeLog.householdCreation(new HouseholdView(id, door.gridId(), door.building(), door.unit(),
							door.room(), door.address())) });
		}
		int personCount = entries.stream().mapToInt(entry -> entry.people().size()).sum();
		List<Long> personIds = ids("person", personCount);
		List<Object[]> persons = new ArrayList<>();
		List<Object[]> tags = new ArrayList<>();
		List<Object[]> personChanges = new ArrayList<>();
		List<Enrolment> enrolments = new ArrayList<>();
		int next = 0;
		for (HouseholdEnrolment entry : entries) {
			Long householdId = doorIds.get(key(entry.door()));
			List<Long> enrolled = new ArrayList<>();
			for (PersonDetails person : entry.people()) {
				Long id = personIds.get(next++);
				enrolled.add(id);
				persons.add(new Object[] { id, householdId, person.name(), person.gender().name(),
						Date.valueOf(person.birthDate()), person.idNumber(), person.phone(), person.relation().name(),
						person.notes(), at });
				person.tags().forEach(tag -> tags.add(new Object[] { id, tag.name() }));
				personChanges.add(new Object[] { at, Actor.SYSTEM.name(), householdId, id, "CREATED",
						ChangeLog.personCreation(person.name(), person.idNumber()) });
			}
			enrolments.add(new Enrolment(householdId, List.copyOf(enrolled)));
		}
		this.jdbc.batchUpdate("INSERT INTO household (id, grid_id, building, unit, room, address, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)", households);
		this.jdbc.batchUpdate("INSERT INTO person (id, household_id, name, gender, birth_date, id_number, phone, "
				+ "relation_to_head, notes, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)", persons);
		this.jdbc.batchUpdate("INSERT INTO person_tag (person_id, tag) VALUES (?, ?)", tags);
		List<Object[]> changes = new ArrayList<>(householdChanges);
		changes.addAll(personChanges);
		this.jdbc.batchUpdate("INSERT INTO ledger_change (at, actor_name, household_id, person_id, action, new_value) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", changes);
		return enrolments;
	}

	private List<Long> ids(String table, int count) {
		if (count == 0) {
			return List.of();
		}
		return this.jdbc.queryForList("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)",
				Long.class, table, count);
	}

	static String key(HouseholdDetails door) {
		return ImportCheck.doorKey(door.gridId(), door.building(), door.unit(), door.room());
	}

	private static Predicate<HouseholdEnrolment> distinctDoors() {
		Set<String> seen = new HashSet<>();
		return entry -> seen.add(key(entry.door()));
	}

}
