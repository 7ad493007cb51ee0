package org.griddesk.dashboard;

import java.time.Duration;
import java.time.Instant;

import org.griddesk.region.RegionView;
import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The district commander's dashboard in a real browser: tiles, drawn charts, a drill-down, and live updates. */
@BrowserTest
class DashboardBrowserTests extends BrowserTestSupport {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	TicketFixtures tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Rollups rollups;

	@Autowired
	FigureFixture fixture;

	@Autowired
	FigureQueries figures;

	@Autowired
	Dashboard dashboard;

	@Test
	void districtSeesChartsAndDrillsDownToAStreet() {
		someTickets();
		signInAs("district");
		open("/command/dashboard");
		assertThat(byId("dashboard-heading").getText()).contains("鸡冠区");
		assertThat(byId("tile-submitted-30").getText()).doesNotContain("—");
		wait.until(driver -> chartsDrawn() == 4);
		String street = String.valueOf(this.tickets.grid("HJL"));
		driver.findElement(By.id("drill-" + street)).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-heading"), "红军路街道"));
		assertThat(byId("dashboard-trail").getText()).contains("鸡冠区").contains("红军路街道");
		assertThat(driver.findElement(By.id("drill-" + this.tickets.grid("HQ"))).getText()).isEqualTo("红旗社区");
		wait.until(driver -> chartsDrawn() == 4);
	}

	@Test
	void aTileOpensTheBoardListingAsManyTicketsAsItCounts() {
		RegionView[] nodes = this.fixture.community(1);
		Actor worker = this.fixture.gridWorker(nodes[1].id());
		for (int i = 0; i < 4; i++) {
			Long id = this.fixture.submit("C01", nodes[1].id());
			if (i > 0) {
				this.lifecycle.accept(id, worker);
			}
		}
		signInAs("street");
		open("/command/dashboard?region=" + nodes[0].id());
		assertThat(byId("tile-completion-rate").getAttribute("data-count")).isEqualTo("3");
		// the live part is redrawn every few seconds: click whichever tile is on the page now
		wait.until(driver -> {
			try {
				driver.findElement(By.id("tile-completion-rate")).click();
				return true;
			}
			catch (StaleElementReferenceException ex) {
				return false;
			}
		});
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-count")));
		assertThat(byId("board-count").getText()).isEqualTo("共 3 件");
		assertThat(byId("filter-accepted").isSelected()).isTrue();
		assertThat(new Select(byId("filter-region")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(String.valueOf(nodes[0].id()));
	}

	@Test
	void tilesFollowANewTicketWithoutAReload() {
		// A community of its own: in a shared one the deadline sweep may move another test's late ticket up to the
		// street meanwhile, and the count would stand still although the new ticket arrived.
		RegionView[] community = this.fixture.community(1);
		signInAs("district");
		open("/command/dashboard?period=TODAY&region=" + community[0].id());
		byId("tile-submitted-today");
		long before = submittedToday();
		((JavascriptExecutor) driver).executeScript("document.body.setAttribute('data-not-reloaded', 'yes')");
		this.fixture.submit("C01", community[1].id());
		// the node's view cache (5 s, 10 s at most) plus the page's poll (every 5 s), on a busy CI machine
		new WebDriverWait(driver, Duration.ofSeconds(40), Duration.ofMillis(500))
			.withMessage(() -> "tile " + submittedToday() + " (shown before the ticket: " + before + "), database "
					+ this.figures.submittedRecently(community[0].id(), this.dashboard.today())[0] + ", page "
					+ liveText("#live-as-of") + " / " + liveText("#live-state") + ", now " + Instant.now())
			.until(driver -> submittedToday() == before + 1);
		assertThat(driver.findElement(By.tagName("body")).getAttribute("data-not-reloaded")).isEqualTo("yes");
	}

	@Test
	void streetWritesAWeeklyReportAndOpensItsPrintablePage() {
		someTickets();
		signInAs("street");
		open("/command/dashboard");
		byId("reports-link").click();
		new Select(byId("kind")).selectByValue("WEEKLY");
		byId("report-generate").click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-heading")));
		assertThat(byId("report-heading").getText()).isEqualTo("红军路街道 工作周报");
		assertThat(byId("report-formula").getText()).contains(Figures.FORMULA_VERSION);
		assertThat(byId("report-regions").getText()).contains("红旗社区");
		assertThat(byId("report-download").getAttribute("href")).endsWith("/workbook");
	}

	/** Read in one script call: the live part may be swapped between two WebDriver calls. */
	private long submittedToday() {
		Object text = ((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('#tile-submitted-today .tile-value').textContent");
		return Long.parseLong(String.valueOf(text).strip());
	}

	private String liveText(String selector) {
		return String.valueOf(((JavascriptExecutor) driver)
			.executeScript("var e = document.querySelector(arguments[0]); return e && e.textContent.trim()", selector));
	}

	private long chartsDrawn() {
		Object drawn = ((JavascriptExecutor) driver).executeScript(
				"return Array.from(document.querySelectorAll('canvas[data-chart]')).filter(c => Chart.getChart(c)).length");
		return ((Number) drawn).longValue();
	}

	/** A spread of tickets over the last days in 红军路街道, so the charts have something to draw. */
	private void someTickets() {
		Actor worker = this.tickets.actor("worker");
		Actor resident = this.tickets.actor("resident");
		String[] categories = { "C01", "A03", "S01", "C02" };
		for (int i = 0; i < 12; i++) {
			Long id = this.lifecycle.submit(this.tickets.webSubmission(categories[i % 4], i % 2 == 0 ? "HQ-G1" : "HQ-G2"),
					resident);
			boolean grid = i % 4 != 3;
			if (grid && i % 3 != 0) {
				this.lifecycle.accept(id, worker);
				if (i % 2 == 1) {
					this.lifecycle.resolve(id, worker, "已处理");
					this.lifecycle.rate(id, resident, true, 3 + i % 3, null);
				}
			}
			Instant submitted = Instant.now().minus(Duration.ofDays(i % 6)).minus(Duration.ofHours(2));
			this.jdbc.update("UPDATE ticket SET submitted_at = ?, window_start_at = ? WHERE id = ?",
					java.sql.Timestamp.from(submitted), java.sql.Timestamp.from(submitted), id);
			this.rollups.refresh(java.util.Set.of(id));
		}
	}

}
