package org.griddesk.ledger;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.account.CurrentUser;
import org.griddesk.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger of the user's grids (or one of them) as an Excel workbook, personal data masked. */
@Service
@Transactional(readOnly = true)
class LedgerExport {

	private final HouseholdRepository households;

	private final PersonRepository persons;

	private final LedgerAccess access;

	private final LedgerWorkbooks workbooks;

	LedgerExport(HouseholdRepository households, PersonRepository persons, LedgerAccess access,
			LedgerWorkbooks workbooks) {
		this.households = households;
		this.persons = persons;
		this.access = access;
		this.workbooks = workbooks;
	}

	byte[] export(CurrentUser user, Long gridId, Locale locale) {
		Set<Long> grids = this.access.readableGrids(user);
		if (gridId != null) {
			if (!grids.contains(gridId)) {
				throw new NotFoundException("grid", gridId);
			}
			grids = Set.of(gridId);
		}
		if (grids.isEmpty()) {
			return this.workbooks.export(List.of(), locale);
		}
		Map<Long, GridOption> directory = this.access.gridDirectory();
		Map<Long, HouseholdView> doors = this.households.findByGridIdInOrderByAddressAscBuildingAscUnitAscRoomAsc(grids)
			.stream()
			.map(Household::toView)
			.collect(Collectors.toMap(HouseholdView::id, Function.identity(), (a, b) -> a,
					LinkedHashMap::new));
		Map<Long, Integer> position = new HashMap<>();
		doors.keySet().forEach(id -> position.put(id, position.size()));
		List<ExportRow> rows = this.persons.findByHouseholdIdIn(doors.keySet())
			.stream()
			.sorted(Comparator.comparing((Person p) -> position.get(p.getHouseholdId()))
				.thenComparing(p -> p.getRelation() != Relation.SELF)
				.thenComparing(Person::getId))
			.map(person -> {
				HouseholdView door = doors.get(person.getHouseholdId());
				return new ExportRow(directory.get(door.gridId()).code(), door, person.toView(door.gridId()));
			})
			.toList();
		return this.workbooks.export(rows, locale);
	}

}
