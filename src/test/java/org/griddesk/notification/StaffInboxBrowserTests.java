package org.griddesk.notification;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.griddesk.account.Accounts;
import org.griddesk.account.Role;
import org.griddesk.account.StaffAccount;
import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid worker's inbox: the community urges two tickets waiting on the worker's grid, the header counts them, the
 * inbox lists them, opening one goes to the staff ticket page and the count goes down; "mark all read" clears it.
 */
@BrowserTest
class StaffInboxBrowserTests extends BrowserTestSupport {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Test
	void workerFollowsAnUrgeFromTheInboxToTheTicketAndTheUnreadCountGoesDown() {
		// a worker of their own, on a grid no other journey files into, so that the counts are theirs alone
		String worker = "inbox-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createWithPassword(new StaffAccount(worker, "孙敏", null, Role.GRID_WORKER,
				Set.of(this.fixtures.grid("KX-G2")), null), "griddesk");
		Long first = this.lifecycle.submit(this.fixtures.webSubmission("C01", "KX-G2"), this.fixtures.actor("resident"));
		Long second = this.lifecycle.submit(this.fixtures.webSubmission("C01", "KX-G2"), this.fixtures.actor("resident"));
		// the urge as dispatch records it on the timeline (dispatch's service is not open to other packages)
		this.lifecycle.recordEvent(first, this.fixtures.actor("community2"), TicketEventType.URGED, "居民反映三天了，请今天处理");
		this.lifecycle.recordEvent(second, this.fixtures.actor("community2"), TicketEventType.URGED, "请尽快接单");
		String firstNumber = this.tickets.view(first, this.fixtures.actor("community2")).number();

		signInAs(worker);
		// the notifications are written after the urges commit, by a listener of their own
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			open("/notifications");
			return d.findElements(By.cssSelector("#notifications li[data-read='false']")).size() == 2;
		});
		assertThat(byId("unread-count").getText()).isEqualTo("2");
		WebElement urged = driver.findElements(By.cssSelector("#notifications li[data-read='false']"))
			.stream()
			.filter(item -> item.getText().contains(firstNumber))
			.findFirst()
			.orElseThrow();
		assertThat(urged.getText()).contains("工单 " + firstNumber + " 被督办，请尽快处理。");
		screenshot("inbox-unread");

		urged.findElement(By.cssSelector("button[id^='open-']")).click();
		wait.until(ExpectedConditions.urlMatches("/tickets/" + first + "$"));
		assertThat(byId("ticket-number").getText()).isEqualTo(firstNumber);
		assertThat(driver.findElement(By.cssSelector("#timeline li[data-event='URGED']")).getText())
			.contains("居民反映三天了");
		assertThat(byId("unread-count").getText()).isEqualTo("1");
		screenshot("ticket-from-inbox");

		byId("nav-notifications").click();
		assertThat(driver.findElements(By.cssSelector("#notifications li[data-read='true']"))).hasSize(1)
			.allMatch(item -> item.getText().contains(firstNumber));
		byId("mark-all-read").click();
		assertThat(byId("flash-success").isDisplayed()).isTrue();
		assertThat(driver.findElements(By.id("unread-count"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("#notifications li[data-read='false']"))).isEmpty();
		screenshot("inbox-read");
	}
}
