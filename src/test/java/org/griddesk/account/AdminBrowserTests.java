package org.griddesk.account;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AdminBrowserTests extends BrowserTestSupport {

	@Test
	void adminAddsAGridUnderACommunityAndSeesItInTheTree() {
		signInAs("admin");
		assertThat(driver.getCurrentUrl()).endsWith("/admin");
		open("/admin/regions");
		press(byId("add-child-HXC"));
		String code = "HXC-" + suffix();
		byId("code").sendKeys(code);
		byId("name").sendKeys("第四网格");
		press(byId("region-submit"));
		WebElement row = byId("region-" + code);
		assertThat(row.getText()).contains("第四网格", code, "网格");
		assertThat(byId("flash-success").getText()).contains("第四网格");
	}

	@Test
	void adminAddsACategoryAndSeesItInTheList() {
		signInAs("admin");
		open("/admin/categories");
		press(byId("add-category"));
		String code = "A" + suffix();
		byId("code").sendKeys(code);
		byId("name").sendKeys("燃气泄漏报修" + code);
		byId("description").sendKeys("闻到燃气味、燃气表故障");
		new Select(byId("kind")).selectByValue("APPEAL");
		new Select(byId("ownerLevel")).selectByValue("DEPARTMENT");
		assertThat(byId("acceptWindowHours").getAttribute("value")).isEqualTo("24");
		byId("resolveWindowHours").sendKeys("48");
		press(byId("category-submit"));
		// a department owner without a department: the form says so and keeps what was typed
		assertThat(driver.findElement(By.cssSelector("#departmentId ~ .invalid-feedback")).getText())
			.contains("须指定部门");
		assertThat(byId("name").getAttribute("value")).isEqualTo("燃气泄漏报修" + code);
		new Select(byId("departmentId")).selectByVisibleText("区住建局");
		assertThat(new Select(byId("windowCalendar")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("WALL_CLOCK");
		new Select(byId("windowCalendar")).selectByValue("WORKING_HOURS");
		press(byId("category-submit"));
		WebElement row = byId("category-" + code);
		assertThat(row.getText()).contains("燃气泄漏报修" + code, "区住建局", "24 小时", "48 小时", "按工作时间");
	}

	@Test
	void adminCreatesAGridWorkerWhoReplacesTheOneTimePasswordAtFirstSignIn() {
		signInAs("admin");
		open("/admin/accounts/new");
		String username = "w" + suffix().toLowerCase();
		byId("username").sendKeys(username);
		byId("displayName").sendKeys("钱多多");
		assertThat(driver.findElement(By.id("gridIds")).isDisplayed()).isFalse();
		new Select(byId("role")).selectByValue("GRID_WORKER");
		Select grids = new Select(byId("gridIds"));
		grids.selectByVisibleText("红星乡 / 红星村 / 第一网格 (HXC-G1)");
		grids.selectByVisibleText("红星乡 / 红星村 / 第二网格 (HXC-G2)");
		assertThat(driver.findElement(By.id("communityId")).isDisplayed()).isFalse();
		press(byId("account-submit"));
		String password = byId("one-time-password").getText();
		assertThat(byId("account-" + username).getText()).contains("红星村 / 第一网格", "红星村 / 第二网格");
		open("/admin/accounts");
		assertThat(driver.findElements(By.id("one-time-password"))).isEmpty();
		press(byId("logout"));
		wait.until(ExpectedConditions.urlContains("/login"));
		signIn(username, password);
		assertThat(driver.getCurrentUrl()).endsWith("/account");
		assertThat(byId("password-must-change").isDisplayed()).isTrue();
		open("/worker/queue");
		assertThat(driver.getCurrentUrl()).endsWith("/account");

		byId("currentPassword").sendKeys(password);
		byId("newPassword").sendKeys("Qian2026duo");
		byId("confirmPassword").sendKeys("Qian2026duo");
		takeScreenshot("AdminBrowserTests-one-time-password");
		press(byId("password-submit"));
		assertThat(byId("password-changed").isDisplayed()).isTrue();
		signIn(username, "Qian2026duo");
		assertThat(driver.getCurrentUrl()).endsWith("/worker/queue");

		press(byId("current-user"));
		byId("email").sendKeys("不是邮箱");
		press(byId("email-submit"));
		assertThat(byId("email").getAttribute("class")).contains("is-invalid");
		byId("email").clear();
		byId("email").sendKeys("qian.duoduo@example.org");
		press(byId("email-submit"));
		assertThat(byId("flash-success").isDisplayed()).isTrue();
		assertThat(byId("email").getAttribute("value")).isEqualTo("qian.duoduo@example.org");
	}

	@Test
	void regionTreeFitsAPhone() {
		signInAs("admin");
		driver.manage().window().setSize(new Dimension(390, 844));
		open("/admin/regions");
		assertThat(byId("region-tree").isDisplayed()).isTrue();
		assertThat(byId("region-HQ-G1").getText()).contains("第一网格");
	}

	private static String suffix() {
		return Long.toString(System.nanoTime(), 36).toUpperCase().substring(4);
	}

}
