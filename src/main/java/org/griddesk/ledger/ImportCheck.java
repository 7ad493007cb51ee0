package org.griddesk.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Decides what each row of an import file will do: NEW for a person not yet on the ledger, UPDATE for one already
 * there (same identity number) in the user's grids, REJECTED with the reasons otherwise. The same check runs for
 * the preview and again at confirmation, against the ledger as it is then.
 */
@Component
class ImportCheck {

	private static final Locale[] LABEL_LANGUAGES = { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH };

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("yyyy.M.d"));

	private final PersonRepository persons;

	private final HouseholdRepository households;

	private final LedgerAccess access;

	private final Clock clock;

	private final Map<String, Gender> genders;

	private final Map<String, Relation> relations;

	private final Map<String, PersonTag> tags;

	ImportCheck(PersonRepository persons, HouseholdRepository households, LedgerAccess access, Clock clock,
			MessageSource messages) {
		this.persons = persons;
		this.households = households;
		this.access = access;
		this.clock = clock;
		this.genders = labels(Gender.values(), "ledger.gender.", messages);
		this.genders.put("男", Gender.MALE);
		this.genders.put("女", Gender.FEMALE);
		this.genders.put("m", Gender.MALE);
		this.genders.put("f", Gender.FEMALE);
		this.relations = labels(Relation.values(), "ledger.relation.", messages);
		this.relations.put("本人", Relation.SELF);
		this.tags = labels(PersonTag.values(), "ledger.tag.", messages);
	}

	List<CheckedRow> check(List<RawRow> rows, Set<Long> editableGrids) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, GridOption> gridsByCode = this.access.gridDirectory()
			.values()
			.stream()
			.collect(Collectors.toMap(grid -> grid.code().toUpperCase(Locale.ROOT), Function.identity()));
		Map<String, Long> idCounts = rows.stream()
			.map(row -> IdNumbers.normalize(row.get(ImportColumn.ID_NUMBER)))
			.filter(id -> !id.isEmpty())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Map<String, Person> existing = this.persons.findByIdNumberIn(idCounts.keySet())
			.stream()
			.collect(Collectors.toMap(Person::getIdNumber, Function.identity()));
		Map<Long, Household> existingHouseholds = this.households
			.findAllById(existing.values().stream().map(Person::getHouseholdId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Household::getId, Function.identity()));
		Map<String, Household> doors = doorsOf(rows, gridsByCode, editableGrids);
		List<CheckedRow> checked = new ArrayList<>();
		for (RawRow row : rows) {
			checked.add(checkRow(row, today, gridsByCode, editableGrids, idCounts, existing, existingHouseholds, doors,
					rows));
		}
		return checked;
	}

	private CheckedRow checkRow(RawRow row, LocalDate today, Map<String, GridOption> gridsByCode,
			Set<Long> editableGrids, Map<String, Long> idCounts, Map<String, Person> existing,
			Map<Long, Household> existingHouseholds, Map<String, Household> doors, List<RawRow> rows) {
		List<ImportReason> reasons = new ArrayList<>();
		GridOption grid = grid(row, gridsByCode, editableGrids, reasons);
		Household door = grid == null ? null : doors.get(doorKey(grid.id(), row));
		String address = row.get(ImportColumn.ADDRESS);
		if (address.isEmpty()) {
			address = door != null ? door.toView().address() : grid != null ? grid.label() : "";
		}
		HouseholdDetails household = new HouseholdDetails(grid == null ? null : grid.id(),
				row.get(ImportColumn.BUILDING), row.get(ImportColumn.UNIT), row.get(ImportColumn.ROOM), address);
		for (FieldProblem problem : HouseholdRules.problems(household)) {
			if (!"gridId".equals(problem.field())) {
				reasons.add(reason(problem));
			}
		}
		PersonDetails person = person(row, reasons);
		for (FieldProblem problem : PersonRules.problems(person, today)) {
			// a value that could not be read is already reported; "required" on top would only confuse
			if (reasons.stream().noneMatch(reason -> reason.field().equals(problem.field()))) {
				reasons.add(reason(problem));
			}
		}
		String idNumber = person.idNumber();
		if (idCounts.getOrDefault(idNumber, 0L) > 1) {
			reasons.add(new ImportReason("idNumber", "ledger.import.duplicateInFile", otherLines(rows, row, idNumber)));
		}
		Person known = existing.get(idNumber);
		if (known != null && !editableGrids.contains(existingHouseholds.get(known.getHouseholdId()).getGridId())) {
			reasons.add(new ImportReason("idNumber", "ledger.import.idOutOfScope", ""));
		}
		if (!reasons.isEmpty()) {
			return new CheckedRow(row, ImportVerdict.REJECTED, reasons, null, null, null);
		}
		PersonDetails resolved = PersonRules.checked(person, today);
		List<ImportReason> notes = new ArrayList<>();
		if (door == null) {
			notes.add(new ImportReason("door", "ledger.import.newHousehold", ""));
		}
		if (known == null) {
			return new CheckedRow(row, ImportVerdict.NEW, notes, household, resolved, null);
		}
		PersonDetails merged = mergeForUpdate(known.details(), resolved);
		notes.addAll(changes(known, door, known.details(), merged));
		return new CheckedRow(row, ImportVerdict.UPDATE, notes, household, merged, known.getId());
	}

	/** Blank optional cells keep what the ledger has: an import fills in and corrects, it does not erase. */
	static PersonDetails mergeForUpdate(PersonDetails before, PersonDetails file) {
		return new PersonDetails(file.name(), file.gender(), file.birthDate(), file.idNumber(),
				file.phone() == null ? before.phone() : file.phone(), file.relation(),
				file.tags().isEmpty() ? before.tags() : file.tags(),
				file.notes() == null ? before.notes() : file.notes());
	}

	private static List<ImportReason> changes(Person known, Household door, PersonDetails before,
			PersonDetails after) {
		List<ImportReason> changes = new ArrayList<>();
		if (door == null || !door.getId().equals(known.getHouseholdId())) {
			changes.add(new ImportReason("door", "ledger.import.moves", ""));
		}
		changed(changes, "name", before.name(), after.name());
		changed(changes, "gender", before.gender(), after.gender());
		changed(changes, "birthDate", before.birthDate(), after.birthDate());
		changed(changes, "phone", before.phone(), after.phone());
		changed(changes, "relation", before.relation(), after.relation());
		changed(changes, "tags", before.tags(), after.tags());
		changed(changes, "notes", before.notes(), after.notes());
		if (changes.isEmpty()) {
			changes.add(new ImportReason("", "ledger.import.unchanged", ""));
		}
		return changes;
	}

	private static void changed(List<ImportReason> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new ImportReason(field, "ledger.import.changes", ""));
		}
	}

	private static GridOption grid(RawRow row, Map<String, GridOption> gridsByCode, Set<Long> editableGrids,
			List<ImportReason> reasons) {
		String code = row.get(ImportColumn.GRID_CODE).toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			reasons.add(new ImportReason("gridCode", "ledger.error.required", ""));
			return null;
		}
		GridOption grid = gridsByCode.get(code);
		if (grid == null) {
			reasons.add(new ImportReason("gridCode", "ledger.import.unknownGrid", code));
			return null;
		}
		if (!editableGrids.contains(grid.id())) {
			reasons.add(new ImportReason("gridCode", "ledger.import.gridOutOfScope", code));
			return null;
		}
		return grid;
	}

	private PersonDetails person(RawRow row, List<ImportReason> reasons) {
		Gender gender = label(row, ImportColumn.GENDER, this.genders, reasons);
		Relation relation = label(row, ImportColumn.RELATION, this.relations, reasons);
		Set<PersonTag> personTags = EnumSet.noneOf(PersonTag.class);
		for (String text : row.get(ImportColumn.TAGS).split("[,;，；、|/\\s]+")) {
			if (text.isBlank()) {
				continue;
			}
			PersonTag tag = this.tags.get(text.strip().toLowerCase(Locale.ROOT));
			if (tag == null) {
				reasons.add(new ImportReason("tags", "ledger.import.unknownValue", text.strip()));
			}
			else {
				personTags.add(tag);
			}
		}
		LocalDate birthDate = null;
		String birth = row.get(ImportColumn.BIRTH_DATE);
		if (!birth.isEmpty()) {
			birthDate = parseDate(birth);
			if (birthDate == null) {
				reasons.add(new ImportReason("birthDate", "ledger.import.badDate", birth));
			}
		}
		return new PersonDetails(row.get(ImportColumn.NAME), gender, birthDate, row.get(ImportColumn.ID_NUMBER),
				row.get(ImportColumn.PHONE), relation, personTags, row.get(ImportColumn.NOTES));
	}

	private static <T> T label(RawRow row, ImportColumn column, Map<String, T> labels, List<ImportReason> reasons) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return null;
		}
		T value = labels.get(text.toLowerCase(Locale.ROOT));
		if (value == null) {
			reasons.add(new ImportReason(column.field(), "ledger.import.unknownValue", text));
		}
		return value;
	}

	private static LocalDate parseDate(String text) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	/** The existing doors the file's rows name, by grid and door, so that each row is checked without a query. */
	private Map<String, Household> doorsOf(List<RawRow> rows, Map<String, GridOption> gridsByCode,
			Set<Long> editableGrids) {
		Set<Long> gridIds = rows.stream()
			.map(row -> gridsByCode.get(row.get(ImportColumn.GRID_CODE).toUpperCase(Locale.ROOT)))
			.filter(Objects::nonNull)
			.map(GridOption::id)
			.filter(editableGrids::contains)
			.collect(Collectors.toSet());
		Map<String, Household> doors = new HashMap<>();
		if (!gridIds.isEmpty()) {
			for (Household household : this.households.findByGridIdIn(gridIds)) {
				HouseholdView view = household.toView();
				doors.put(doorKey(view.gridId(), view.building(), view.unit(), view.room()), household);
			}
		}
		return doors;
	}

	static String doorKey(Long gridId, RawRow row) {
		return doorKey(gridId, row.get(ImportColumn.BUILDING), row.get(ImportColumn.UNIT), row.get(ImportColumn.ROOM));
	}

	static String doorKey(Long gridId, String building, String unit, String room) {
		return gridId + "\u0000" + building.strip() + "\u0000" + unit.strip() + "\u0000" + room.strip();
	}

	private static String otherLines(List<RawRow> rows, RawRow row, String idNumber) {
		return rows.stream()
			.filter(other -> other != row && IdNumbers.normalize(other.get(ImportColumn.ID_NUMBER)).equals(idNumber))
			.map(other -> String.valueOf(other.lineNo()))
			.collect(Collectors.joining(", "));
	}

	private static ImportReason reason(FieldProblem problem) {
		return new ImportReason(problem.field(), problem.messageKey(),
				problem.arguments().length == 0 ? "" : String.valueOf(problem.arguments()[0]));
	}

	private static <E extends Enum<E>> Map<String, E> labels(E[] values, String prefix, MessageSource messages) {
		Map<String, E> labels = new HashMap<>();
		for (E value : values) {
			labels.put(value.name().toLowerCase(Locale.ROOT), value);
			for (Locale locale : LABEL_LANGUAGES) {
				labels.put(messages.getMessage(prefix + value.name(), null, value.name(), locale)
					.toLowerCase(Locale.ROOT), value);
			}
		}
		return labels;
	}

}
