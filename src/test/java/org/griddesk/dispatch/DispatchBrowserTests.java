package org.griddesk.dispatch;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.griddesk.account.Accounts;
import org.griddesk.account.Role;
import org.griddesk.account.StaffAccount;
import org.griddesk.region.Departments;
import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TestImages;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.web.ConflictException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Journeys through the command desk and the department inbox. The staff ticket page (/tickets/{id}) and the
 * worker's workbench live in other modules: here the worker resolves and reads the panel through the services, and
 * the panel is checked on the desk's and the department's pages.
 */
@BrowserTest
class DispatchBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "griddesk9";

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	Accounts accounts;

	@Autowired
	Departments departments;

	@Autowired
	DispatchPanel panel;

	@Autowired
	Whistles whistles;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aStreetCommanderWhistlesTwoDepartmentsBothReportInAndFinishThenTheWorkerResolves() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		String power = powerCompanyAccount();

		signInAs("street");
		open("/tickets/" + id);
		press("whistle-toggle");
		press("department-GS");
		press("department-GD");
		byId("whistle-request").sendKeys("主干道水管爆裂，路灯线路被水浸泡，请供水、供电到场处置");
		WebElement hours = byId("whistle-hours");
		hours.clear();
		hours.sendKeys("2");
		press("whistle-submit");
		assertThat(byId("flash-success").getText()).contains("已吹哨");
		assertThat(summonsStages()).containsExactly("SUMMONED", "SUMMONED");
		screenshot("whistle-blown");

		signOutAndSignIn("department", "griddesk");
		open("/department/inbox");
		openWhistleFromInbox(number(id));
		byId("report-in-note").sendKeys("抢修班组 20 分钟到场");
		press("report-in-submit");
		assertThat(byId("flash-success").getText()).contains("已报到");
		byId("contribution-note").sendKeys("已关闭上游阀门，正在更换管段");
		Path photo = upload("valve.jpg", TestImages.jpegWithLocation(64, 48));
		byId("contribution-photos").sendKeys(photo.toAbsolutePath().toString());
		press("contribution-submit");
		byId("flash-success");
		WebElement thumb = byId("dispatch-panel").findElement(By.cssSelector(".contribution-photo img"));
		wait.until(driver -> ((Number) ((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", thumb)).intValue() == 64);
		screenshot("department-contribution-photo");
		byId("done-note").sendKeys("管段已更换，恢复供水");
		press("done-submit");
		assertThat(byId("my-stage").getText()).isEqualTo("已完成");
		screenshot("department-done");

		assertThatThrownBy(() -> this.lifecycle.resolve(id, worker, "已处理"))
			.as("the power company has not finished yet")
			.isInstanceOf(ConflictException.class);

		signOutAndSignIn(power, PASSWORD);
		open("/department/inbox");
		openWhistleFromInbox(number(id));
		byId("report-in-note").sendKeys("电工已出发");
		press("report-in-submit");
		byId("done-note").sendKeys("线路已检查，恢复路灯供电");
		press("done-submit");
		assertThat(byId("my-stage").getText()).isEqualTo("已完成");
		assertThat(driver.findElement(By.cssSelector(".whistle")).getAttribute("data-status")).isEqualTo("CLOSED");

		this.lifecycle.resolve(id, worker, "供水供电协同处置完毕，道路已清理");

		signOutAndSignIn("street", "griddesk");
		open("/tickets/" + id);
		assertThat(byId("ticket-status").getText()).isEqualTo("已办结");
		assertThat(summonsStages()).containsExactly("DONE", "DONE");
		assertThat(driver.findElements(By.cssSelector(".summons-late"))).isEmpty();
		assertThat(byId("timeline").getText()).contains("吹哨完结").contains("部门报到").contains("办结");
	}

	@Test
	void aCommanderUrgesAnOverdueTicketAndTheWorkerSeesTheUrge() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		this.jdbc.update("UPDATE ticket SET window_start_at = now() - interval '80 hours', "
				+ "resolve_due_at = now() - interval '8 hours' WHERE id = ?", id);
		String number = number(id);

		signInAs("street");
		open("/command");
		press("quick-overdue");
		wait.until(ExpectedConditions.urlContains("deadline=OVERDUE"));
		WebElement row = byId("board-table").findElement(By.cssSelector("tr[data-ticket='" + number + "']"));
		assertThat(row.getText()).contains("超时");
		screenshot("board-overdue");
		row.findElement(By.cssSelector("a.ticket-link")).click();
		assertThat(byId("ticket-deadline").getText()).isEqualTo("超时");
		press("urge-toggle");
		byId("urge-message").sendKeys("已超时 8 小时，请今天内办结并回复");
		press("urge-submit");
		assertThat(byId("flash-success").getText()).contains("已督办");
		assertThat(byId("urge-count").getText()).isEqualTo("督办 1 次");
		assertThat(byId("urge-list").getText()).contains("付瑶").contains("已超时 8 小时");

		// what the worker's ticket page shows through this panel, and the urge on the worker's timeline
		TicketView view = this.tickets.view(id, worker);
		PanelView workerPanel = this.panel.model(view, worker);
		assertThat(workerPanel.urges()).extracting(UrgeView::message).containsExactly("已超时 8 小时，请今天内办结并回复");
		assertThat(workerPanel.urges()).extracting(UrgeView::urgedByName).containsExactly("付瑶");
		assertThat(this.tickets.timeline(id, worker)).anyMatch(e -> e.type() == TicketEventType.URGED);
		assertThat(this.tickets.view(id, worker).status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void theDeskQueuesRejectedTicketsAndTheAdministratorKeepsHolidays() {
		Long id = this.fixtures.submitted("HQ-G2");
		this.lifecycle.reject(id, this.fixtures.actor("worker"), "不属于本网格，应由第一网格处理");
		signInAs("community");
		open("/command");
		WebElement queued = byId("awaiting-table").findElement(By.cssSelector("tr[data-ticket='" + number(id) + "']"));
		screenshot("board");
		queued.findElement(By.cssSelector("a.ticket-link")).click();
		press("reassign-toggle");
		new Select(byId("reassign-region"))
			.selectByVisibleText("网格 · 红旗社区 第一网格");
		byId("reassign-reason").sendKeys("地址在第一网格");
		press("reassign-submit");
		assertThat(byId("flash-success").getText()).contains("已改派");
		assertThat(byId("ticket-region").getText()).isEqualTo("红旗社区 第一网格");
		assertThat(byId("ticket-status").getText()).isEqualTo("待接单");
		screenshot("reassigned");

		signOutAndSignIn("admin", "griddesk");
		open("/admin/holidays?year=2031");
		setDate("holiday-day", "2031-10-01");
		byId("holiday-name").sendKeys("国庆节");
		press("holiday-submit");
		assertThat(byId("holiday-table").getText()).contains("国庆节").contains("2031-10-01");
		byId("holiday-name").sendKeys("周末调休");
		setDate("holiday-day", "2031-10-08");
		press("holiday-working");
		press("holiday-submit");
		assertThat(byId("holiday-day").getAttribute("class")).contains("is-invalid");
		assertThat(byId("holiday-name").getAttribute("value")).isEqualTo("周末调休");
	}

	@Test
	void theDepartmentInboxReadsOnAPhone() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.whistles.blow(id, this.fixtures.actor("street"), List.of(this.departments.all()
			.stream()
			.filter(d -> d.code().equals("GS"))
			.findFirst()
			.orElseThrow()
			.id()), "请到场查看管道", 2);
		driver.manage().window().setSize(new Dimension(375, 812));
		signInAs("department");
		open("/department/inbox");
		WebElement row = byId("summons-table").findElement(By.cssSelector("tr[data-ticket='" + number(id) + "']"));
		screenshot("inbox-375");
		Number pageWidth = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(pageWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(375);
		assertThat(row.getSize().getWidth()).isLessThanOrEqualTo(375);
		assertThat(row.getText()).contains(number(id));
		assertThat(byId("summons-table").findElement(By.tagName("thead")).isDisplayed())
			.as("each row labels its own cells")
			.isFalse();
		row.findElement(By.cssSelector("a.whistle-link")).click();
		byId("my-part");
	}

	private String powerCompanyAccount() {
		Long power = this.departments.all().stream().filter(d -> d.code().equals("GD")).findFirst().orElseThrow().id();
		String username = "gd-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createWithPassword(
				new StaffAccount(username, "供电值班员", null, Role.DEPARTMENT_STAFF, Set.of(), power), PASSWORD);
		return username;
	}

	private void openWhistleFromInbox(String number) {
		byId("summons-table").findElement(By.cssSelector("tr[data-ticket='" + number + "'] a.whistle-link")).click();
		byId("my-part");
	}

	private List<String> summonsStages() {
		return byId("dispatch-panel").findElements(By.cssSelector("tr.summons"))
			.stream()
			.map(row -> row.getAttribute("data-stage"))
			.toList();
	}

	private void signOutAndSignIn(String username, String password) {
		driver.manage().deleteAllCookies();
		signIn(username, password);
	}

	private String number(Long id) {
		return this.tickets.view(id, this.fixtures.actor("district")).number();
	}

	/** Date inputs take typing per locale; the value itself is what the form sends. */
	private void setDate(String id, String isoDate) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", byId(id), isoDate);
	}
}
