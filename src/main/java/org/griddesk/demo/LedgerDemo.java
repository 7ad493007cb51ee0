package org.griddesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.griddesk.account.Accounts;
import org.griddesk.account.CurrentUser;
import org.griddesk.ledger.Enrolment;
import org.griddesk.ledger.Gender;
import org.griddesk.ledger.HouseholdDetails;
import org.griddesk.ledger.HouseholdEnrolment;
import org.griddesk.ledger.IdNumbers;
import org.griddesk.ledger.Ledger;
import org.griddesk.ledger.PersonDetails;
import org.griddesk.ledger.PersonTag;
import org.griddesk.ledger.Relation;
import org.griddesk.region.Regions;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of the demo district: a dozen doors in each grid of 红旗社区 and a few in 康新社区, 向阳社区 and 梁家村,
 * with families, elders living alone, left-behind children, low-income and disabled residents. Identity numbers are
 * made up (region 230302, real check characters); the demo resident 王秀兰 lives at 红旗小区 1-1-101. Written in one
 * batch through {@link Ledger#enrolAll}, since it loads in every test context.
 */
@Component
@Order(20)
class LedgerDemo implements DemoStep {

	private static final String REGION = "230302";

	private static final String[] SURNAMES = { "张", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "于", "董", "曹", "程" };

	private static final String[] MEN = { "建国", "志强", "国华", "永福", "德明", "海涛", "立军", "树林", "文博", "宏伟",
			"振东", "玉山", "长生", "子轩", "浩然" };

	private static final String[] WOMEN = { "桂芝", "秀英", "淑珍", "玉兰", "丽娟", "海燕", "春梅", "晓红", "雅琴", "凤霞",
			"金凤", "子涵", "欣怡", "雨桐", "佳怡" };

	private final Ledger ledger;

	private final Regions regions;

	private final Accounts accounts;

	private final UserDetailsService users;

	private int sequence;

	private int nameIndex;

	LedgerDemo(Ledger ledger, Regions regions, Accounts accounts, UserDetailsService users) {
		this.ledger = ledger;
		this.regions = regions;
		this.accounts = accounts;
		this.users = users;
	}

	@Override
	@Transactional
	public void load() {
		this.sequence = 0;
		this.nameIndex = 0;
		List<HouseholdEnrolment> doors = new ArrayList<>();
		doors.add(new HouseholdEnrolment(door(gridId("HQ-G1"), "红旗路 18 号（红旗小区）", "1", "1", "101"),
				List.of(new PersonDetails("王秀兰", Gender.FEMALE, null, idNumber(LocalDate.of(1944, 3, 12), false),
						"13800000001", Relation.SELF, EnumSet.of(PersonTag.ELDERLY_ALONE, PersonTag.ELDERLY_80),
						"子女在外地工作，每周电话联系；网格员每周上门探访。"))));
		street(doors, "HQ-G1", "红旗路 18 号（红旗小区）", 11, 1);
		street(doors, "HQ-G2", "红旗路 26 号（矿工新村）", 12, 3);
		street(doors, "HQ-G3", "光华街 9 号（光华小区）", 12, 5);
		street(doors, "KX-G1", "康新路 5 号（康新家园）", 4, 2);
		street(doors, "XYS-G1", "向阳大街 120 号（向阳小区）", 3, 4);
		street(doors, "LJ-G1", "梁家村", 2, 1);
		List<Enrolment> enrolled = this.ledger.enrolAll(doors);
		CurrentUser resident = (CurrentUser) this.users.loadUserByUsername("resident");
		this.accounts.linkPerson(resident.id(), enrolled.get(0).personIds().get(0));
	}

	/** Doors numbered building-unit-room from the first free room on, each with the next family pattern. */
	private void street(List<HouseholdEnrolment> entries, String gridCode, String address, int doors, int pattern) {
		Long gridId = gridId(gridCode);
		for (int i = 0; i < doors; i++) {
			String building = String.valueOf(1 + i / 6);
			String unit = String.valueOf(1 + (i / 2) % 3);
			String room = (1 + i % 6) + "0" + (1 + i % 2);
			if ("1".equals(building) && "1".equals(unit) && "101".equals(room) && "HQ-G1".equals(gridCode)) {
				room = "102";
			}
			entries.add(new HouseholdEnrolment(door(gridId, address, building, unit, room), family((pattern + i) % 8)));
		}
	}

	private List<PersonDetails> family(int pattern) {
		List<PersonDetails> people = new ArrayList<>();
		String surname = SURNAMES[this.nameIndex % SURNAMES.length];
		String otherSurname = SURNAMES[(this.nameIndex + 7) % SURNAMES.length];
		this.nameIndex++;
		switch (pattern) {
			case 0 -> {
				people.add(person(surname, true, LocalDate.of(1978, 5, 3), Relation.SELF, Set.of(), true));
				people.add(person(otherSurname, false, LocalDate.of(1980, 9, 21), Relation.SPOUSE, Set.of(), true));
				people.add(person(surname, false, LocalDate.of(2009, 2, 14), Relation.CHILD, Set.of(), false));
			}
			case 1 -> people.add(person(surname, true, LocalDate.of(1941, 11, 2), Relation.SELF,
					EnumSet.of(PersonTag.ELDERLY_ALONE, PersonTag.ELDERLY_80, PersonTag.CHRONIC_ILLNESS), true));
			case 2 -> {
				people.add(person(surname, true, LocalDate.of(1955, 7, 8), Relation.SELF, Set.of(), true));
				people.add(person(otherSurname, false, LocalDate.of(1957, 1, 30), Relation.SPOUSE, Set.of(), false));
				people.add(person(surname, false, LocalDate.of(2015, 6, 1), Relation.GRANDCHILD,
						EnumSet.of(PersonTag.LEFT_BEHIND_CHILD), false));
			}
			case 3 -> {
				people.add(person(surname, true, LocalDate.of(1968, 4, 17), Relation.SELF,
						EnumSet.of(PersonTag.DISABLED, PersonTag.LOW_INCOME), true));
				people.add(person(otherSurname, false, LocalDate.of(1970, 12, 5), Relation.SPOUSE,
						EnumSet.of(PersonTag.LOW_INCOME), true));
			}
			case 4 -> people.add(person(surname, false, LocalDate.of(1946, 8, 19), Relation.SELF,
					EnumSet.of(PersonTag.ELDERLY_ALONE, PersonTag.ELDERLY_80), true));
			case 5 -> {
				people.add(person(surname, true, LocalDate.of(1952, 10, 1), Relation.SELF, EnumSet.of(PersonTag.VETERAN),
						true));
				people.add(person(otherSurname, false, LocalDate.of(1954, 3, 9), Relation.SPOUSE, Set.of(), true));
			}
			case 6 -> {
				people.add(person(surname, true, LocalDate.of(1990, 1, 25), Relation.TENANT,
						EnumSet.of(PersonTag.FLOATING), true));
				people.add(person(otherSurname, false, LocalDate.of(1992, 6, 6), Relation.OTHER,
						EnumSet.of(PersonTag.FLOATING), true));
			}
			default -> {
				people.add(person(surname, true, LocalDate.of(1983, 2, 28), Relation.SELF, Set.of(), true));
				people.add(person(otherSurname, false, LocalDate.of(1985, 11, 11), Relation.SPOUSE, Set.of(), true));
				people.add(person(surname, true, LocalDate.of(2012, 9, 9), Relation.CHILD, Set.of(), false));
				people.add(person(surname, false, LocalDate.of(1958, 5, 20), Relation.PARENT,
						EnumSet.of(PersonTag.CHRONIC_ILLNESS), false));
			}
		}
		return people;
	}

	private PersonDetails person(String surname, boolean male, LocalDate birthDate, Relation relation,
			Set<PersonTag> tags, boolean withPhone) {
		String[] given = male ? MEN : WOMEN;
		String name = surname + given[(this.sequence + this.nameIndex) % given.length];
		String idNumber = idNumber(birthDate, male);
		String phone = withPhone ? "139" + String.format("%08d", 46700000 + this.sequence * 37) : null;
		return new PersonDetails(name, male ? Gender.MALE : Gender.FEMALE, birthDate, idNumber, phone, relation, tags,
				null);
	}

	/** A made-up number of the district with the real check character; odd sequence digits for men. */
	private String idNumber(LocalDate birthDate, boolean male) {
		this.sequence++;
		int order = this.sequence * 2 + (male ? 1 : 0);
		String first17 = REGION + String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(),
				birthDate.getDayOfMonth()) + String.format("%03d", order % 1000);
		return first17 + IdNumbers.checkCharacter(first17);
	}

	private static HouseholdDetails door(Long gridId, String address, String building, String unit, String room) {
		return new HouseholdDetails(gridId, building, unit, room, address);
	}

	private Long gridId(String code) {
		return this.regions.findByCode(code).id();
	}

}
