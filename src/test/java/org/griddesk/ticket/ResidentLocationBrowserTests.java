package org.griddesk.ticket;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.griddesk.account.Accounts;
import org.griddesk.account.RegisterResident;
import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a matter is: a resident linked to the ledger starts from their own household and may switch to another
 * address; a resident the ledger does not know picks street, community and grid and types the address.
 */
@BrowserTest
class ResidentLocationBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Test
	void linkedResidentStartsAtHomeAndMaySwitchToAnotherAddress() {
		signInAs("resident");
		open("/my/tickets/new");
		WebElement home = byId("location-home");
		assertThat(home.isSelected()).isTrue();
		assertThat(byId("home-address").getText()).isEqualTo("红旗路 18 号（红旗小区） 1-1-101");
		assertThat(driver.findElement(By.id("other-location")).isDisplayed()).isFalse();
		scrollTo(byId("home-choice"));
		screenshot("home");

		press(driver.findElement(By.cssSelector("label[for='location-other']")));
		assertThat(byId("streetId").isDisplayed()).isTrue();
		assertThat(byId("address").isDisplayed()).isTrue();
		screenshot("other-address");

		press(driver.findElement(By.cssSelector("label[for='location-home']")));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("other-location")));
	}

	@Test
	void residentUnknownToTheLedgerPicksStreetCommunityAndGrid() {
		String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		this.accounts.registerResident(new RegisterResident("赵新来", phone, "Newcomer-pass7"));
		String title = "小区门口井盖松动 " + UUID.randomUUID().toString().substring(0, 6);
		signIn(phone, "Newcomer-pass7");
		open("/my/tickets/new");
		assertThat(driver.findElements(By.id("home-choice"))).isEmpty();
		assertThat(byId("streetId").isDisplayed()).isTrue();

		press(driver.findElement(By.cssSelector("label[for='kind-COMPLAINT']")));
		choose("categoryId", "环境卫生");
		byId("title").sendKeys(title);
		byId("description").sendKeys("井盖踩上去会晃动，晚上看不清，容易绊倒。");
		choose("streetId", "红军路街道");
		choose("communityId", "康新社区");
		choose("gridId", "第一网格");
		byId("address").sendKeys("康新家园 2 号楼北侧");
		screenshot("pickers");
		press(byId("ticket-submit"));

		wait.until(ExpectedConditions.urlMatches("/my/tickets/\\d+$"));
		assertThat(byId("ticket-address").getText()).isEqualTo("康新家园 2 号楼北侧");
		Long id = Long.valueOf(driver.getCurrentUrl().replaceAll(".*/", ""));
		TicketView ticket = this.tickets.view(id, this.fixtures.actor(phone));
		assertThat(ticket.householdId()).isNull();
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("KX-G1"));
	}
}
