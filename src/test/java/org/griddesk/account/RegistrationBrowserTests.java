package org.griddesk.account;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class RegistrationBrowserTests extends BrowserTestSupport {

	@Test
	void residentRegistersAfterFixingAWeakPasswordAndSignsInWithThePhoneNumber() {
		String phone = "137" + String.format("%08d", System.nanoTime() % 100_000_000);
		open("/login");
		byId("register-link").click();
		byId("displayName").sendKeys("周晓梅");
		byId("phone").sendKeys(phone);
		byId("password").sendKeys("onlyletters");
		byId("confirmPassword").sendKeys("onlyletters");
		byId("register-submit").click();
		assertThat(driver.findElement(By.cssSelector("#password ~ .invalid-feedback")).getText())
			.contains("须同时包含字母和数字");
		assertThat(byId("phone").getAttribute("value")).isEqualTo(phone);
		assertThat(byId("password").getAttribute("value")).isEmpty();
		byId("password").sendKeys("Morning2025sun");
		byId("confirmPassword").sendKeys("Morning2025sun");
		byId("register-submit").click();
		assertThat(byId("flash-success").getText()).contains("注册成功");
		assertThat(byId("username").getAttribute("value")).isEqualTo(phone);
		byId("password").sendKeys("Morning2025sun");
		byId("login-submit").click();
		wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
		assertThat(driver.getCurrentUrl()).endsWith("/my/tickets");
	}

}
