package org.griddesk.ticket;


import org.griddesk.account.Accounts;
import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A grid worker's day in the browser: the queue, one click to accept, handling to 办结, a lost race, a phone. */
@BrowserTest
class WorkerBrowserTests extends BrowserTestSupport {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	Workbench workbench;

	@BeforeEach
	void workbench() {
		this.workbench = new Workbench(this.lifecycle, this.fixtures, this.jdbc, this.accounts);
	}

	@Test
	void workerAcceptsFromTheQueueStartsAndResolves() {
		String token = Workbench.token();
		Long id = this.workbench.submit("HQ-G1", "C01", token + " 垃圾桶满了没人清");
		Long overdue = this.workbench.submit("HQ-G2", "C01", token + " 楼下垃圾堆了三天");
		this.workbench.makeOverdue(overdue);

		signInAs("worker");
		assertThat(driver.getCurrentUrl()).contains("/worker/queue");
		search(token);
		assertThat(byId("ticket-" + overdue).getAttribute("data-deadline")).isEqualTo("OVERDUE");
		assertThat(byId("ticket-" + overdue).getText()).contains("超时");
		screenshot("queue-desktop");

		byId("accept-" + id).click();
		assertThat(byId("notice-" + id).getText()).contains("您已接单");
		assertThat(byId("ticket-" + id).getAttribute("data-status")).isEqualTo("ACCEPTED");

		byId("open-" + id).click();
		byId("action-start").click();
		assertThat(byId("flash-success").getText()).contains("已开始办理");
		assertThat(byId("ticket-status").getText()).isEqualTo("办理中");

		byId("action-visit").click();
		assertThat(byId("visitedAt").getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
		byId("outcome").sendKeys("上门查看，垃圾桶已满，联系保洁下午清运");
		submit("visit-submit");
		assertThat(byId("flash-success").getText()).contains("上门代办已登记");
		assertThat(driver.findElement(By.cssSelector("#ticket-visits .proxy-visit")).getText())
			.contains("上门查看，垃圾桶已满");

		byId("action-resolve").click();
		submit("resolve-submit");
		assertThat(byId("resolution").getAttribute("class")).contains("is-invalid");
		assertThat(driver.findElement(By.cssSelector("#resolve-form .invalid-feedback")).getText())
			.isEqualTo("请填写办理结果。");
		screenshot("resolve-refused");
		byId("resolution").sendKeys("已联系保洁清运，垃圾桶已清空");
		submit("resolve-submit");

		assertThat(byId("flash-success").getText()).contains("已办结");
		assertThat(byId("ticket-status").getText()).isEqualTo("已办结");
		assertThat(byId("ticket-resolution").getText()).isEqualTo("已联系保洁清运，垃圾桶已清空");
		assertThat(driver.findElement(By.cssSelector("#timeline li[data-event='RESOLVED']")).getText())
			.contains("办结")
			.contains("已联系保洁清运，垃圾桶已清空");
	}

	@Test
	void theWorkerWhoLostTheRaceIsToldWhoTookTheTicket() {
		String rival = this.workbench.newWorker("王磊", "HQ-G1");
		String token = Workbench.token();
		Long fromQueue = this.workbench.submit("HQ-G1", "C01", token + " 门口堆了杂物");
		Long fromPage = this.workbench.submit("HQ-G1", "C01", token + " 楼道有垃圾");

		signInAs("worker");
		search(token);
		byId("accept-" + fromQueue);
		this.lifecycle.accept(fromQueue, this.fixtures.actor(rival));
		byId("accept-" + fromQueue).click();
		assertThat(byId("notice-" + fromQueue).getText()).contains("已被 王磊 于").contains("接单");
		assertThat(byId("ticket-" + fromQueue).getText()).contains("接单人：王磊");

		open("/tickets/" + fromPage);
		byId("action-accept");
		this.lifecycle.accept(fromPage, this.fixtures.actor(rival));
		byId("action-accept").click();
		assertThat(byId("flash-failure").getText()).contains("已被 王磊 于");
		assertThat(byId("ticket-assignee").getText()).isEqualTo("王磊");
		assertThat(driver.findElements(By.id("action-accept"))).isEmpty();
		assertThat(driver.findElements(By.id("action-start"))).isEmpty();
		assertThat(byId("ticket-read-only").getText()).contains("不由您办理");
	}

	@Test
	void queueTicketPageAcceptAndResolveWorkOnAPhone() {
		driver.manage().window().setSize(new Dimension(375, 800));
		String token = Workbench.token();
		Long id = this.workbench.submit("HQ-G1", "S01", token + " 老人社保卡丢了需要补办");
		Long warning = this.workbench.submit("HQ-G1", "C01", token + " 小区门口垃圾没人收");
		this.workbench.makeWarning(warning);

		signInAs("worker");
		search(token);
		assertFitsTheScreen();
		screenshot("queue-phone");

		press("accept-" + id);
		assertThat(byId("notice-" + id).getText()).contains("您已接单");
		assertFitsTheScreen();
		press("open-" + id);
		press("action-start");
		byId("flash-success");
		assertFitsTheScreen();
		screenshot("ticket-phone");

		press("action-resolve");
		byId("resolution").sendKeys("已上门帮老人办理补卡，新卡十个工作日寄到");
		submit("resolve-submit");
		assertThat(byId("ticket-page").getAttribute("data-status")).isEqualTo("RESOLVED");
		assertThat(byId("ticket-status").getText()).isEqualTo("已办结");
		assertThat(driver.findElement(By.cssSelector("#timeline li[data-event='RESOLVED']")).isDisplayed()).isTrue();
		assertFitsTheScreen();
	}

	private void search(String text) {
		byId("queue-q").sendKeys(text);
		byId("queue-search-submit").click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-result-count")));
	}

	private void assertFitsTheScreen() {
		Long overflow = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("horizontal overflow on " + driver.getCurrentUrl()).isLessThanOrEqualTo(0L);
	}
}
