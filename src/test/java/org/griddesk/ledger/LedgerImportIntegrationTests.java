package org.griddesk.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.griddesk.account.CurrentUser;
import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LedgerImportIntegrationTests {

	private static final String HEADER = "网格编码,楼栋,单元,房号,地址,姓名,性别,出生日期,身份证号,手机号,与户主关系,标签";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Ledger ledger;

	@Autowired
	Regions regions;

	@Autowired
	LedgerImports imports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePreviewGivesEveryRowAVerdictAndABadRowBlocksTheWholeImport() throws Exception {
		PersonDetails known = LedgerFixtures.person("导入更新");
		LedgerFixtures.household(this.ledger, this.regions, "HQ-G2", known);
		String building = "I" + LedgerFixtures.room();
		String good = LedgerFixtures.idNumber(LocalDate.of(1960, 2, 2));
		String badCheck = LedgerFixtures.idNumber();
		badCheck = badCheck.substring(0, 17) + (badCheck.charAt(17) == '1' ? '2' : '1');
		String twice = LedgerFixtures.idNumber();
		String newPhone = LedgerFixtures.phone();
		String csv = String.join("\n", HEADER,
				"HQ-G1," + building + ",1,101,红旗路 1 号,导入新增,男,1960-02-02," + good + ",,户主,独居老人、低保",
				"HQ-G2," + building + ",1,102,,导入更新,女,," + known.idNumber() + "," + newPhone + ",户主,",
				"HQ-G1," + building + ",1,103,,校验错误,男,," + badCheck + ",,户主,",
				"ZZ-G9," + building + ",1,104,,未知网格,男,," + LedgerFixtures.idNumber() + ",,户主,",
				"HQ-G3," + building + ",1,105,,越权网格,男,," + LedgerFixtures.idNumber() + ",,户主,",
				"HQ-G1," + building + ",1,106,,重复甲,男,," + twice + ",,户主,",
				"HQ-G1," + building + ",1,107,,重复乙,男,," + twice + ",,户主,",
				"HQ-G1," + building + ",1,108,,坏电话,男,," + LedgerFixtures.idNumber() + ",12345,户主,火星人");
		UUID id = upload("worker", "people.csv", csv.getBytes(StandardCharsets.UTF_8));

		ImportPreview preview = this.imports.preview(user("worker"), id);
		assertThat(preview.lines()).extracting(ImportLineView::lineNo, ImportLineView::verdict)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, ImportVerdict.NEW),
					org.assertj.core.groups.Tuple.tuple(3, ImportVerdict.UPDATE),
					org.assertj.core.groups.Tuple.tuple(4, ImportVerdict.REJECTED),
					org.assertj.core.groups.Tuple.tuple(5, ImportVerdict.REJECTED),
					org.assertj.core.groups.Tuple.tuple(6, ImportVerdict.REJECTED),
					org.assertj.core.groups.Tuple.tuple(7, ImportVerdict.REJECTED),
					org.assertj.core.groups.Tuple.tuple(8, ImportVerdict.REJECTED),
					org.assertj.core.groups.Tuple.tuple(9, ImportVerdict.REJECTED));
		assertThat(reasons(preview, 4)).contains("idNumber:ledger.error.idCheckDigit");
		assertThat(reasons(preview, 5)).contains("gridCode:ledger.import.unknownGrid");
		assertThat(reasons(preview, 6)).contains("gridCode:ledger.import.gridOutOfScope");
		assertThat(reasons(preview, 7)).contains("idNumber:ledger.import.duplicateInFile");
		assertThat(reasons(preview, 8)).contains("idNumber:ledger.import.duplicateInFile");
		assertThat(reasons(preview, 9)).contains("phone:ledger.error.phone", "tags:ledger.import.unknownValue");
		assertThat(reasons(preview, 3)).contains("door:ledger.import.moves", "phone:ledger.import.changes");
		assertThat(preview.lines().get(0).maskedIdNumber()).isEqualTo(Masking.idNumber(good));

		this.mvc.perform(get("/ledger/import/{id}", id).with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号校验位错误")))
			.andExpect(content().string(containsString("未知的网格编码 ZZ-G9")))
			.andExpect(content().string(containsString("data-verdict=\"NEW\"")))
			.andExpect(content().string(containsString(Masking.idNumber(good))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(good))));

		this.mvc.perform(post("/ledger/import/{id}/confirm", id).with(as(this.users, "worker")).with(csrf()))
			.andExpect(redirectedUrl("/ledger/import/" + id))
			.andExpect(flash().attribute("failure", "ledger.import.rejectedRowsBlock"));
		assertThat(personCount(good)).isZero();
		assertThat(this.ledger.search(hq(), known.idNumber().substring(12)).get(0).maskedPhone())
			.isEqualTo(Masking.phone(known.phone()));

		this.mvc.perform(post("/ledger/import/{id}/confirm", id).with(as(this.users, "worker")).with(csrf())
			.param("skipRejected", "true"))
			.andExpect(redirectedUrl("/ledger"))
			.andExpect(flash().attribute("importDone", List.of(1, 1, 6, 2)));
		assertThat(personCount(good)).isOne();
		Map<String, Object> imported = this.jdbc.queryForMap("SELECT p.name, p.birth_date, h.building, h.room, "
				+ "(SELECT string_agg(tag, ',' ORDER BY tag) FROM person_tag t WHERE t.person_id = p.id) AS tags "
				+ "FROM person p JOIN household h ON h.id = p.household_id WHERE p.id_number = ?", good);
		assertThat(imported).containsEntry("name", "导入新增").containsEntry("building", building)
			.containsEntry("room", "101").containsEntry("tags", "ELDERLY_ALONE,LOW_INCOME");
		PersonRow updated = this.ledger.search(hq(), known.idNumber().substring(12)).get(0);
		assertThat(updated.maskedPhone()).isEqualTo(Masking.phone(newPhone));
		assertThat(this.ledger.household(updated.householdId()).room()).isEqualTo("102");
		assertThat(personCount(badCheck)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM ledger_change c JOIN person p ON p.id = c.person_id "
				+ "WHERE p.id_number = ? AND c.action = 'IMPORTED'", Integer.class, good)).isOne();

		this.mvc.perform(post("/ledger/import/{id}/confirm", id).with(as(this.users, "worker")).with(csrf())
			.param("skipRejected", "true"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/ledger/import/{id}", id).with(as(this.users, "worker"))).andExpect(status().isConflict());
	}

	@Test
	void aRowThatTurnsBadBeforeConfirmationLeavesNothingHalfImported() throws Exception {
		String building = "J" + LedgerFixtures.room();
		String first = LedgerFixtures.idNumber();
		String second = LedgerFixtures.idNumber();
		String csv = String.join("\r\n", HEADER, "HQ-G1," + building + ",1,101,,全有甲,男,," + first + ",,户主,",
				"HQ-G1," + building + ",1,102,,全有乙,女,," + second + ",,户主,") + "\r\n";
		UUID id = upload("worker", "all-or-nothing.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(this.imports.preview(user("worker"), id).rejectedCount()).isZero();
		// meanwhile the second person is registered in another community, outside the worker's grids
		LedgerFixtures.household(this.ledger, this.regions, "KX-G1",
				new PersonDetails("全有乙", Gender.FEMALE, null, second, null, Relation.SELF, null, null));

		this.mvc.perform(post("/ledger/import/{id}/confirm", id).with(as(this.users, "worker")).with(csrf())
			.param("skipRejected", "true"))
			.andExpect(redirectedUrl("/ledger/import/" + id))
			.andExpect(flash().attribute("failure", "ledger.import.changedSincePreview"));
		assertThat(personCount(first)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM household WHERE building = ?", Integer.class, building))
			.isZero();
	}

	@Test
	void anExcelFileIsReadLikeACsvFile() throws Exception {
		String building = "X" + LedgerFixtures.room();
		String good = LedgerFixtures.idNumber(LocalDate.of(1990, 12, 31));
		byte[] xlsx = workbook(List.of(List.of("Grid code", "Building", "Unit", "Room", "Name", "Gender", "Birth date",
				"ID number", "Phone", "Relation to head", "Tags"),
				List.of("hq-g2", building, "", "1", "Excel 新增", "女", "1990-12-31", good, LedgerFixtures.phone(), "户主",
						"Disabled"),
				List.of("HQ-G2", building, "", "2", "Excel 错误", "女", "1991-01-01", good.substring(0, 10) + "0101001X",
						"", "户主", "")));
		UUID id = upload("worker", "people.xlsx", xlsx);
		ImportPreview preview = this.imports.preview(user("worker"), id);
		assertThat(preview.lines()).extracting(ImportLineView::verdict)
			.containsExactly(ImportVerdict.NEW, ImportVerdict.REJECTED);
		assertThat(reasons(preview, 2)).contains("door:ledger.import.newHousehold");
		this.imports.commit(user("worker"), id, true);
		PersonRow row = this.ledger.search(this.regions.scopeOf(java.util.Set.of(this.regions.findByCode("HQ").id())),
				good.substring(14)).stream().filter(r -> r.name().equals("Excel 新增")).findFirst().orElseThrow();
		assertThat(row.tags()).containsExactly(PersonTag.DISABLED);
		assertThat(this.ledger.household(row.householdId()).address()).isEqualTo("红旗社区 第二网格");
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedNextToTheFileField() throws Exception {
		this.mvc.perform(multipart("/ledger/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", "姓名,手机号\n张三,13800138000\n"
				.getBytes(StandardCharsets.UTF_8)))
			.with(as(this.users, "worker")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("文件缺少必需的列：网格编码、楼栋、房号、性别、身份证号、与户主关系。")));
		this.mvc.perform(multipart("/ledger/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", new byte[] { (byte) 0xC3, 0x28, 0x0A }))
			.with(as(this.users, "worker")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherAccountsImportDoesNotExistAndReadOnlyRolesCannotImport() throws Exception {
		String csv = HEADER + "\nHQ-G1,K1,1,101,,别人的,男,," + LedgerFixtures.idNumber() + ",,户主,\n";
		UUID id = upload("worker", "mine.csv", csv.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(get("/ledger/import/{id}", id).with(as(this.users, "worker2"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/ledger/import/{id}/confirm", id).with(as(this.users, "worker2")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/ledger/import/{id}", UUID.randomUUID()).with(as(this.users, "worker")))
			.andExpect(status().isNotFound());
		this.mvc.perform(multipart("/ledger/import")
			.file(new MockMultipartFile("file", "c.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as(this.users, "community")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTemplatesCarryTheColumnsTheReaderExpects() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/ledger/import/template.xlsx").with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] csv = this.mvc.perform(get("/ledger/import/template.csv").with(as(this.users, "worker")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		UUID fromXlsx = upload("worker", "template.xlsx", xlsx);
		UUID fromCsv = upload("worker", "template.csv", csv);
		assertThat(this.imports.preview(user("worker"), fromXlsx).lines()).hasSize(1);
		assertThat(this.imports.preview(user("worker"), fromCsv).lines()).hasSize(1);
	}

	private UUID upload(String username, String name, byte[] content) throws Exception {
		String location = this.mvc
			.perform(multipart("/ledger/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(as(this.users, username)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private org.griddesk.region.Scope hq() {
		return this.regions.scopeOf(java.util.Set.of(this.regions.findByCode("HQ").id()));
	}

	private int personCount(String idNumber) {
		return this.jdbc.queryForObject("SELECT count(*) FROM person WHERE id_number = ?", Integer.class, idNumber);
	}

	private static List<String> reasons(ImportPreview preview, int lineNo) {
		return preview.lines()
			.stream()
			.filter(line -> line.lineNo() == lineNo)
			.flatMap(line -> line.reasons().stream())
			.map(reason -> reason.field() + ":" + reason.messageKey())
			.collect(Collectors.toList());
	}

	static byte[] workbook(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("台账");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
