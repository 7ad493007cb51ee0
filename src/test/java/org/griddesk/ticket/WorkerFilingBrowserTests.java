package org.griddesk.ticket;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class WorkerFilingBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void workerFilesAPhoneTicketForALedgerPersonWithoutRetyping() {
		Long person = this.jdbc.queryForObject("SELECT min(p.id) FROM person p JOIN household h ON h.id = p.household_id "
				+ "JOIN region g ON g.id = h.grid_id WHERE g.code = 'HQ-G2'", Long.class);
		String name = this.jdbc.queryForObject("SELECT name FROM person WHERE id = ?", String.class, person);
		String address = this.jdbc.queryForObject(
				"SELECT h.address FROM household h JOIN person p ON p.household_id = h.id WHERE p.id = ?", String.class,
				person);
		signInAs("worker");
		open("/worker/tickets/new");
		byId("filing-q").sendKeys(name);
		byId("filing-search-submit").click();
		byId("person-" + person).click();
		assertThat(byId("filing-address").getText()).contains(address);
		driver.findElement(By.cssSelector("input[name='channel'][value='PHONE']")).click();
		new Select(byId("categoryId")).selectByIndex(1);
		byId("title").sendKeys("来电反映垃圾未清运");
		byId("description").sendKeys("居民来电：楼下垃圾三天未清运。");
		byId("filing-submit").click();
		wait.until(ExpectedConditions.urlMatches(".*/tickets/\\d+$"));
		assertThat(driver.getPageSource()).contains("来电反映垃圾未清运").contains(address);
	}

}
