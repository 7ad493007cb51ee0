package org.griddesk.ledger;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LedgerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Ledger ledger;

	@Autowired
	Regions regions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyChangeToAPersonIsInTheHistoryWithPersonalDataMasked() throws Exception {
		Long grid = this.regions.findByCode("HQ-G1").id();
		String room = LedgerFixtures.room();
		Long householdId = created(this.mvc.perform(post("/ledger/households").with(as(this.users, "worker")).with(csrf())
			.param("gridId", grid.toString()).param("building", "H" + room).param("unit", "2").param("room", room)
			.param("address", "红旗路 99 号")));
		String idNumber = LedgerFixtures.idNumber(LocalDate.of(1961, 4, 5));
		String phone = LedgerFixtures.phone();
		Long personId = created(this.mvc.perform(post("/ledger/households/{id}/persons", householdId)
			.with(as(this.users, "worker")).with(csrf())
			.param("name", "历史测试").param("gender", "MALE").param("idNumber", idNumber).param("phone", phone)
			.param("relation", "SELF").param("tags", "LOW_INCOME")));
		String newPhone = LedgerFixtures.phone();
		long version = this.jdbc.queryForObject("SELECT version FROM person WHERE id = ?", Long.class, personId);
		this.mvc.perform(post("/ledger/persons/{id}", personId).with(as(this.users, "worker")).with(csrf())
			.param("name", "历史测试").param("gender", "MALE").param("idNumber", "").param("phone", newPhone)
			.param("relation", "SELF").param("tags", "LOW_INCOME", "DISABLED").param("notes", "")
			.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		Long otherHousehold = LedgerFixtures.household(this.ledger, this.regions, "HQ-G2").householdId();
		this.mvc.perform(post("/ledger/persons/{id}/move", personId).with(as(this.users, "worker")).with(csrf())
			.param("householdId", otherHousehold.toString()).param("relation", "TENANT"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/ledger/persons/{id}/status", personId).with(as(this.users, "worker")).with(csrf())
			.param("status", "MOVED_OUT").param("note", "去外地投靠子女"))
			.andExpect(status().is3xxRedirection());

		List<Map<String, Object>> history = this.jdbc.queryForList(
				"SELECT actor_name, action, field, old_value, new_value FROM ledger_change WHERE person_id = ? ORDER BY id",
				personId);
		assertThat(history).extracting(row -> row.get("action") + ":" + row.get("field"))
			.containsExactly("CREATED:null", "UPDATED:phone", "UPDATED:tags", "MOVED:household", "UPDATED:relation",
					"STATUS_CHANGED:status", "STATUS_CHANGED:statusNote");
		assertThat(history).allSatisfy(row -> assertThat(row.get("actor_name")).isEqualTo("李建国"));
		assertThat(history.get(1)).containsEntry("old_value", Masking.phone(phone))
			.containsEntry("new_value", Masking.phone(newPhone));
		assertThat(history.get(2)).containsEntry("old_value", "LOW_INCOME")
			.containsEntry("new_value", "DISABLED,LOW_INCOME");
		assertThat(history.get(5)).containsEntry("old_value", "ACTIVE").containsEntry("new_value", "MOVED_OUT");
		assertThat(history.toString()).doesNotContain(idNumber).doesNotContain(phone).doesNotContain(newPhone);
		assertThat(this.ledger.person(personId).householdId()).isEqualTo(otherHousehold);
		assertThat(this.ledger.person(personId).status()).isEqualTo(PersonStatus.MOVED_OUT);

		this.mvc.perform(get("/ledger/persons/{id}", personId).with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(Masking.phone(newPhone))))
			.andExpect(content().string(containsString("去外地投靠子女")))
			.andExpect(content().string(not(containsString(idNumber))))
			.andExpect(content().string(not(containsString(newPhone))));
	}

	@Test
	void formErrorsAppearNextToTheFieldsAndKeepWhatWasTyped() throws Exception {
		Long householdId = LedgerFixtures.household(this.ledger, this.regions, "HQ-G1").householdId();
		String valid = LedgerFixtures.idNumber(LocalDate.of(1975, 3, 3));
		char wrong = valid.charAt(17) == '1' ? '2' : '1';
		this.mvc.perform(post("/ledger/households/{id}/persons", householdId).with(as(this.users, "worker")).with(csrf())
			.param("name", "校验测试").param("gender", "FEMALE").param("idNumber", valid.substring(0, 17) + wrong)
			.param("phone", "12345").param("relation", "SPOUSE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("身份证号校验位错误")))
			.andExpect(content().string(containsString("请输入有效的 11 位手机号")))
			.andExpect(content().string(containsString("value=\"校验测试\"")));
		this.mvc.perform(post("/ledger/households/{id}/persons", householdId).with(as(this.users, "worker")).with(csrf())
			.param("name", "校验测试").param("gender", "FEMALE").param("idNumber", valid).param("birthDate", "1975-03-04")
			.param("relation", "SPOUSE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("出生日期与身份证号不符")));
		this.mvc.perform(post("/ledger/households/{id}/persons", householdId).with(as(this.users, "worker")).with(csrf())
			.param("name", "").param("idNumber", "").param("relation", "SPOUSE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("此项为必填")));
	}

	@Test
	void anIdNumberIsOnTheLedgerOnlyOnce() throws Exception {
		PersonDetails first = LedgerFixtures.person("重复甲");
		Long householdId = LedgerFixtures.household(this.ledger, this.regions, "HQ-G1", first).householdId();
		this.mvc.perform(post("/ledger/households/{id}/persons", householdId).with(as(this.users, "worker")).with(csrf())
			.param("name", "重复乙").param("gender", "FEMALE").param("idNumber", first.idNumber())
			.param("relation", "SPOUSE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该身份证号已在台账中登记")));
	}

	@Test
	void aStaleEditFormIsAConflict() throws Exception {
		Long personId = LedgerFixtures.household(this.ledger, this.regions, "HQ-G1", LedgerFixtures.person("并发测试"))
			.personIds()
			.get(0);
		this.mvc.perform(post("/ledger/persons/{id}", personId).with(as(this.users, "worker")).with(csrf())
			.param("name", "并发测试").param("gender", "FEMALE").param("relation", "SELF").param("version", "99"))
			.andExpect(status().isConflict());
	}

	@Test
	void listsPagesAndExportsShowOnlyMaskedIdNumbersAndPhones() throws Exception {
		PersonDetails person = LedgerFixtures.person("掩码测试");
		Enrolment enrolment = LedgerFixtures.household(this.ledger, this.regions, "HQ-G1", person);
		String maskedId = Masking.idNumber(person.idNumber());
		this.mvc.perform(get("/ledger").param("q", "掩码测试").with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("household-" + enrolment.householdId())))
			.andExpect(content().string(not(containsString(person.idNumber()))));
		this.mvc.perform(get("/ledger/households/{id}", enrolment.householdId()).with(as(this.users, "community")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(maskedId)))
			.andExpect(content().string(containsString(Masking.phone(person.phone()))))
			.andExpect(content().string(containsString("id=\"household-tickets\"")))
			.andExpect(content().string(containsString("data-household-id=\"" + enrolment.householdId() + "\"")))
			.andExpect(content().string(not(containsString(person.idNumber()))))
			.andExpect(content().string(not(containsString(person.phone()))));
		this.mvc.perform(get("/ledger/persons/{id}", enrolment.personIds().get(0)).with(as(this.users, "street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(maskedId)))
			.andExpect(content().string(containsString("id=\"person-tickets\"")))
			.andExpect(content().string(not(containsString(person.idNumber()))));
		MvcResult export = this.mvc
			.perform(get("/ledger/export.xlsx").param("grid", this.regions.findByCode("HQ-G1").id().toString())
				.with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andReturn();
		StringBuilder cells = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(cell -> cells.append(cell.getStringCellValue()).append('|'));
				cells.append('\n');
			}
		}
		assertThat(cells).contains("掩码测试").contains(maskedId).contains("王秀兰");
		assertThat(cells.toString()).doesNotContain(person.idNumber()).doesNotContain(person.phone())
			.doesNotContain("13800000001");
	}

	@Test
	void theListFiltersByTextGridAndTag() throws Exception {
		PersonDetails tagged = new PersonDetails("筛选测试", Gender.MALE, null, LedgerFixtures.idNumber(),
				LedgerFixtures.phone(), Relation.SELF, Set.of(PersonTag.VETERAN), null);
		Long householdId = LedgerFixtures.household(this.ledger, this.regions, "HQ-G2", tagged).householdId();
		String hq1 = this.regions.findByCode("HQ-G1").id().toString();
		String hq2 = this.regions.findByCode("HQ-G2").id().toString();
		this.mvc.perform(get("/ledger").param("q", tagged.idNumber().substring(14)).with(as(this.users, "worker")))
			.andExpect(content().string(containsString("household-" + householdId + "\"")));
		this.mvc.perform(get("/ledger").param("q", tagged.phone().substring(7)).param("grid", hq2)
			.param("tag", "VETERAN").with(as(this.users, "worker")))
			.andExpect(content().string(containsString("household-" + householdId + "\"")));
		this.mvc.perform(get("/ledger").param("q", "筛选测试").param("grid", hq1).with(as(this.users, "worker")))
			.andExpect(content().string(not(containsString("household-" + householdId + "\""))));
		this.mvc.perform(get("/ledger").param("q", "筛选测试").param("tag", "DISABLED").with(as(this.users, "worker")))
			.andExpect(content().string(not(containsString("household-" + householdId + "\""))));
	}

	@Test
	void searchFindsResidentsByNamePhoneOrLastDigitsOfTheIdWithinTheScope() {
		PersonDetails here = new PersonDetails("检索测试", Gender.MALE, null, LedgerFixtures.idNumber(),
				LedgerFixtures.phone(), Relation.SELF, Set.of(), null);
		PersonDetails there = new PersonDetails("检索测试", Gender.MALE, null, LedgerFixtures.idNumber(),
				LedgerFixtures.phone(), Relation.SELF, Set.of(), null);
		Enrolment mine = LedgerFixtures.household(this.ledger, this.regions, "HQ-G1", here);
		LedgerFixtures.household(this.ledger, this.regions, "KX-G1", there);
		var hq = this.regions.scopeOf(Set.of(this.regions.findByCode("HQ").id()));
		Long personId = mine.personIds().get(0);
		assertThat(this.ledger.search(hq, "检索测试")).extracting(PersonRow::id).containsExactly(personId);
		assertThat(this.ledger.search(hq, here.idNumber().substring(12))).extracting(PersonRow::id).contains(personId);
		assertThat(this.ledger.search(hq, here.phone())).extracting(PersonRow::id).containsExactly(personId);
		assertThat(this.ledger.search(hq, here.phone().substring(7))).extracting(PersonRow::id).contains(personId);
		assertThat(this.ledger.search(hq, there.phone())).isEmpty();
		assertThat(this.ledger.search(hq, here.idNumber().substring(16))).extracting(PersonRow::id)
			.doesNotContain(personId);
		assertThat(this.ledger.search(hq, " ")).isEmpty();
		PersonRow row = this.ledger.search(hq, here.phone()).get(0);
		assertThat(row.maskedIdNumber()).isEqualTo(Masking.idNumber(here.idNumber()));
		assertThat(row.maskedPhone()).isEqualTo(Masking.phone(here.phone()));
		assertThat(row.householdId()).isEqualTo(mine.householdId());
		assertThat(row.gridId()).isEqualTo(this.regions.findByCode("HQ-G1").id());
	}

	@Test
	void otherModulesSeeHouseholdsAndPersonsMasked() {
		PersonDetails details = LedgerFixtures.person("接口测试");
		Enrolment enrolment = LedgerFixtures.household(this.ledger, this.regions, "HQ-G3", details);
		Long personId = enrolment.personIds().get(0);
		PersonView person = this.ledger.person(personId);
		assertThat(person.maskedIdNumber()).isEqualTo(Masking.idNumber(details.idNumber()));
		assertThat(person.maskedPhone()).isEqualTo(Masking.phone(details.phone()));
		assertThat(person.gridId()).isEqualTo(this.regions.findByCode("HQ-G3").id());
		assertThat(person.birthDate()).isEqualTo(IdNumbers.birthDate(details.idNumber()).orElseThrow());
		assertThat(this.ledger.householdOfPerson(personId)).get()
			.extracting(HouseholdView::id)
			.isEqualTo(enrolment.householdId());
		assertThat(this.ledger.household(enrolment.householdId()).gridId()).isEqualTo(person.gridId());
		assertThat(this.ledger.householdOfPerson(-1L)).isEmpty();
		assertThatThrownBy(() -> this.ledger.person(-1L)).isInstanceOf(org.griddesk.web.NotFoundException.class);
	}

	@Test
	void theDemoResidentIsLinkedToHerLedgerEntry() {
		Long personId = this.jdbc.queryForObject("SELECT person_id FROM account WHERE username = 'resident'", Long.class);
		PersonView person = this.ledger.person(personId);
		assertThat(person.name()).isEqualTo("王秀兰");
		assertThat(person.maskedPhone()).isEqualTo("138****0001");
		assertThat(person.gridId()).isEqualTo(this.regions.findByCode("HQ-G1").id());
		Integer households = this.jdbc.queryForObject("SELECT count(*) FROM household h JOIN region r ON r.id = h.grid_id "
				+ "WHERE r.code IN ('HQ-G1', 'HQ-G2', 'HQ-G3') AND h.address NOT LIKE '测试%'", Integer.class);
		assertThat(households).isGreaterThanOrEqualTo(30);
	}

	private static Long created(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		String location = result.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

}
