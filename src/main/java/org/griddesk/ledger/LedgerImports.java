package org.griddesk.ledger;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.griddesk.account.CurrentUser;
import org.griddesk.ledger.LedgerChange.Action;
import org.griddesk.web.ConflictException;
import org.griddesk.web.NotFoundException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing households and persons from a file: the upload is read and checked into a preview kept in the
 * database; confirming it re-checks every row against the ledger as it is now and writes all of them in one
 * transaction, or none. Rejected rows block the import unless the worker chose to leave them out.
 */
@Service
@Transactional(readOnly = true)
class LedgerImports {

	/** How long a preview may wait for its confirmation. */
	static final Duration LIFETIME = Duration.ofHours(2);

	private static final Logger log = LoggerFactory.getLogger(LedgerImports.class);

	private final LedgerImportRepository imports;

	private final LedgerFileReader reader;

	private final ImportCheck check;

	private final HouseholdRepository households;

	private final PersonRepository persons;

	private final LedgerAccess access;

	private final ChangeLog changeLog;

	private final Clock clock;

	LedgerImports(LedgerImportRepository imports, LedgerFileReader reader, ImportCheck check,
			HouseholdRepository households, PersonRepository persons, LedgerAccess access, ChangeLog changeLog,
			Clock clock) {
		this.imports = imports;
		this.reader = reader;
		this.check = check;
		this.households = households;
		this.persons = persons;
		this.access = access;
		this.changeLog = changeLog;
		this.clock = clock;
	}

	/** Reads and checks the file and keeps the preview; nothing on the ledger changes yet. */
	@Transactional
	UUID upload(CurrentUser user, String fileName, byte[] content) {
		Set<Long> grids = this.access.editableGrids(user);
		List<RawRow> rows = this.reader.read(fileName, content);
		List<ImportLine> lines = this.check.check(rows, grids)
			.stream()
			.map(row -> new ImportLine(row.row(), row.verdict(), row.reasons()))
			.toList();
		String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
		LedgerImport upload = new LedgerImport(user.id(), name.length() > 200 ? name.substring(0, 200) : name,
				this.clock.instant(), lines);
		return this.imports.save(upload).getId();
	}

	ImportPreview preview(CurrentUser user, UUID id) {
		return open(user, id).toPreview();
	}

	/**
	 * Writes the previewed rows to the ledger, all or nothing. Refused when a row was rejected and the worker did not
	 * choose to leave the rejected rows out, and when a row the preview accepted no longer passes (the ledger changed
	 * meanwhile): then nothing is written and the file has to be uploaded again.
	 */
	@Transactional
	ImportResult commit(CurrentUser user, UUID id, boolean skipRejected) {
		Set<Long> grids = this.access.editableGrids(user);
		LedgerImport upload = open(user, id);
		List<ImportLine> previewed = upload.getLines();
		long rejected = previewed.stream().filter(line -> line.verdict() == ImportVerdict.REJECTED).count();
		if (rejected > 0 && !skipRejected) {
			throw new ConflictException("ledger.import.rejectedRowsBlock", rejected);
		}
		List<RawRow> accepted = previewed.stream()
			.filter(line -> line.verdict() != ImportVerdict.REJECTED)
			.map(ImportLine::toRow)
			.toList();
		if (accepted.isEmpty()) {
			throw new ConflictException("ledger.import.nothingToImport");
		}
		List<CheckedRow> rows = this.check.check(accepted, grids);
		for (CheckedRow row : rows) {
			if (!row.accepted()) {
				throw new ConflictException("ledger.import.changedSincePreview", row.row().lineNo());
			}
		}
		Actor actor = Actor.of(user);
		Map<String, Household> doors = new HashMap<>();
		int created = 0;
		int updated = 0;
		int newDoors = 0;
		for (CheckedRow row : rows) {
			HouseholdDetails door = row.door();
			String key = ImportCheck.doorKey(door.gridId(), door.building(), door.unit(), door.room());
			Household household = doors.get(key);
			if (household == null) {
				household = this.households
					.findByGridIdAndBuildingAndUnitAndRoom(door.gridId(), door.building(), door.unit(), door.room())
					.orElse(null);
				if (household == null) {
					household = this.households.save(new Household(door, this.clock.instant()));
					this.changeLog.householdCreated(actor, household);
					newDoors++;
				}
				doors.put(key, household);
			}
			if (row.verdict() == ImportVerdict.NEW) {
				Person person = this.persons.save(new Person(household.getId(), row.person(), this.clock.instant()));
				this.changeLog.personCreated(actor, person, Action.IMPORTED);
				created++;
			}
			else {
				update(actor, this.persons.findById(row.existingPersonId()).orElseThrow(), household, row.person());
				updated++;
			}
		}
		upload.committed(this.clock.instant());
		this.persons.flush();
		return new ImportResult(created, updated, (int) rejected, newDoors);
	}

	private void update(Actor actor, Person person, Household household, PersonDetails details) {
		if (!household.getId().equals(person.getHouseholdId())) {
			HouseholdView from = this.households.findById(person.getHouseholdId()).orElseThrow().toView();
			person.moveTo(household.getId(), details.relation());
			this.changeLog.personMoved(actor, person, from, household.toView());
		}
		PersonDetails before = person.details();
		person.apply(details);
		this.changeLog.personUpdated(actor, person, before, details);
	}

	/** A preview of someone else does not exist for this user; a confirmed or expired one is stale (409). */
	private LedgerImport open(CurrentUser user, UUID id) {
		LedgerImport upload = this.imports.findById(id)
			.filter(candidate -> candidate.getAccountId().equals(user.id()))
			.orElseThrow(() -> new NotFoundException("import", id));
		if (upload.isStale(this.clock.instant(), LIFETIME)) {
			throw new ConflictException("ledger.import.stale");
		}
		return upload;
	}

	/** Previews nobody confirmed hold full identity numbers; they do not stay longer than a day. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void purgeAbandoned() {
		List<LedgerImport> old = this.imports.findByCreatedAtBefore(this.clock.instant().minus(Duration.ofDays(1)));
		if (!old.isEmpty()) {
			this.imports.deleteAll(old);
			log.info("Purged {} abandoned ledger import previews", old.size());
		}
	}

}
