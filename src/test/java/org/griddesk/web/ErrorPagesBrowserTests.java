package org.griddesk.web;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures that never reach a controller end on the application's own error pages, in the layout and the reader's
 * language, each saying what happened. MockMvc cannot show this: it does not forward to the error page.
 */
@BrowserTest
class ErrorPagesBrowserTests extends BrowserTestSupport {

	@Test
	void aUrlNobodyMapsShowsTheNotFoundPage() {
		signInAs("worker");
		open("/no-such-page");

		assertThat(byId("error-page").getAttribute("data-status")).isEqualTo("404");
		assertThat(byId("error-page").getText()).contains("页面不存在");
		assertThat(driver.findElements(By.id("nav-notifications"))).isNotEmpty();
	}

	@Test
	void anAreaOfAnotherRoleShowsTheForbiddenPage() {
		signInAs("worker");
		open("/admin");

		assertThat(byId("error-page").getAttribute("data-status")).isEqualTo("403");
		assertThat(byId("error-page").getText()).contains("无权访问").doesNotContain("页面已过期");
	}

	@Test
	void aFormSentAfterTheSignInEndedSaysItExpired() {
		signInAs("resident");
		open("/account");
		byId("email-form");
		// the session ends while the form is open, as after the idle timeout
		driver.manage().deleteCookieNamed("SESSION");
		driver.findElement(By.id("email")).sendKeys("late@example.com");
		driver.findElement(By.id("email-submit")).click();

		assertThat(byId("error-page").getAttribute("data-status")).isEqualTo("403");
		assertThat(byId("error-page").getText()).contains("页面已过期", "刷新后重新提交").doesNotContain("没有权限");
	}

}
