package org.griddesk.dashboard;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.griddesk.region.RegionView;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports carry the dashboard's figures for the same region and period, in the kept workbook as on the page. */
@IntegrationTest
class ReportsIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A Wednesday; its week runs from Monday 2025-04-14 to Sunday 2025-04-20. */
	private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 16);

	@Autowired
	FigureFixture fixture;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	TicketFixtures tickets;

	@Autowired
	Reports reports;

	@Autowired
	Dashboard dashboard;

	@Test
	void aReportsFiguresEqualTheDashboardsForTheSamePeriod() throws Exception {
		RegionView[] nodes = this.fixture.community(2);
		Actor worker = this.fixture.gridWorker(nodes[1].id(), nodes[2].id());
		Instant monday = WEDNESDAY.minusDays(2).atTime(9, 0).atZone(ZONE).toInstant();
		for (int i = 0; i < 8; i++) {
			Long grid = nodes[1 + i % 2].id();
			Long id = this.fixture.submit(i % 3 == 0 ? "C02" : "C01", grid);
			Instant submitted = monday.plus(Duration.ofHours(13L * i));
			if (i % 4 != 3 && i % 3 != 0) {
				this.lifecycle.accept(id, worker);
				if (i % 2 == 0) {
					this.lifecycle.resolve(id, worker, "已办结");
					this.lifecycle.rate(id, this.fixture.resident(), true, 3 + i % 3, null);
				}
			}
			this.fixture.times(id, submitted, submitted.plus(Duration.ofHours(24)),
					submitted.plus(Duration.ofHours(72)), submitted.plus(Duration.ofHours(5L * i)),
					submitted.plus(Duration.ofHours(30)));
		}
		Actor district = this.tickets.actor("district");
		Long id = this.reports.generate(ReportKind.WEEKLY, nodes[0].id(), WEDNESDAY, district);
		ReportView report = this.reports.view(id, district);

		Period week = Period.days(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 20));
		assertThat(report.period()).isEqualTo(week);
		assertThat(report.formulaVersion()).isEqualTo(Figures.FORMULA_VERSION);
		DashboardView dashboard = this.dashboard.view(district, nodes[0].id(), week);
		assertThat(report.total().figures()).isEqualTo(dashboard.tiles().figures());
		assertThat(report.total().figures().submitted()).isEqualTo(8);
		assertThat(report.total().live()).isEqualTo(dashboard.tiles().live());
		assertThat(report.regions()).extracting(ReportLine::figures)
			.containsExactlyElementsOf(dashboard.children().stream().map(Breakdown::figures).toList());
		assertThat(report.categories()).extracting(ReportLine::figures)
			.containsExactlyInAnyOrderElementsOf(dashboard.categories().stream().map(Breakdown::figures).toList());
		// grid 1 has two tickets, too few to rank; grid 2 has three
		assertThat(report.worst()).singleElement().satisfies(line -> assertThat(line.label()).endsWith("测试网格2"));

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(this.reports.download(id, district).bytes()))) {
			Sheet summary = workbook.getSheetAt(0);
			assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2025-04-14 — 2025-04-20");
			assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo(Figures.FORMULA_VERSION);
			assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(8);
			assertThat(summary.getRow(10).getCell(1).getStringCellValue())
				.isEqualTo(new FigureFormat().percent(dashboard.tiles().figures().acceptedInWindowRate()));
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("测试网格1");
		}

		// writing the same report again replaces it rather than keeping two
		Long again = this.reports.generate(ReportKind.WEEKLY, nodes[0].id(), WEDNESDAY.plusDays(1), district);
		assertThat(this.reports.list(district, nodes[0].id())).extracting(ReportRow::id).containsExactly(again);
	}

	@Test
	void theScheduleWritesEachReportOncePerPeriod() {
		int first = this.reports.generateDue(ReportKind.MONTHLY);
		assertThat(first).isGreaterThan(0);
		assertThat(this.reports.generateDue(ReportKind.MONTHLY)).isZero();
	}

	@Test
	void aReportOfAnotherRegionDoesNotExistForTheReader() {
		Actor district = this.tickets.actor("district");
		Long id = this.reports.generate(ReportKind.MONTHLY, this.tickets.grid("XY"), WEDNESDAY, district);
		assertThatThrownBy(() -> this.reports.view(id, this.tickets.actor("street"))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reports.download(id, this.tickets.actor("community")))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.reports.view(id, this.tickets.actor("street2")).regionName()).isEqualTo("向阳街道");
	}

}
