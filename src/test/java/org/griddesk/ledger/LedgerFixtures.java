package org.griddesk.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.griddesk.region.Regions;

/** Fresh, valid identity numbers and phones for tests, never clashing with the demo data or each other. */
final class LedgerFixtures {

	private static final Set<String> USED = ConcurrentHashMap.newKeySet();

	private LedgerFixtures() {
	}

	static String idNumber(LocalDate birthDate) {
		while (true) {
			String first17 = "110105" + String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(),
					birthDate.getDayOfMonth()) + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
			String id = first17 + IdNumbers.checkCharacter(first17);
			if (USED.add(id)) {
				return id;
			}
		}
	}

	static String idNumber() {
		return idNumber(LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20000)));
	}

	static String phone() {
		while (true) {
			String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (USED.add(phone)) {
				return phone;
			}
		}
	}

	static String room() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
	}

	static PersonDetails person(String name) {
		return new PersonDetails(name, Gender.FEMALE, null, idNumber(), phone(), Relation.SELF, Set.of(), null);
	}

	/** A door with one person in the grid of the given code; returns the enrolment. */
	static Enrolment household(Ledger ledger, Regions regions, String gridCode, PersonDetails... people) {
		return ledger.enrol(new HouseholdDetails(regions.findByCode(gridCode).id(), "T" + room(), "1", room(),
				"测试路 1 号"), List.of(people));
	}

}
