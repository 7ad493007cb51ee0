package org.griddesk.ledger;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class LedgerBrowserTests extends BrowserTestSupport {

	@Test
	void aWorkerImportsASmallExcelFileSeesThePreviewAndThenTheNewHousehold() throws Exception {
		String building = "B" + LedgerFixtures.room();
		String good = LedgerFixtures.idNumber(LocalDate.of(1950, 6, 18));
		String bad = LedgerFixtures.idNumber();
		bad = bad.substring(0, 17) + (bad.charAt(17) == '3' ? '4' : '3');
		Path file = upload("ledger-import.xlsx", LedgerImportIntegrationTests.workbook(List.of(
				List.of("网格编码", "楼栋", "单元", "房号", "地址", "姓名", "性别", "出生日期", "身份证号", "手机号", "与户主关系", "标签"),
				List.of("HQ-G1", building, "1", "301", "红旗路 66 号（浏览器小区）", "浏览器新户", "女", "1950-06-18", good,
						LedgerFixtures.phone(), "户主", "独居老人"),
				List.of("HQ-G1", building, "1", "302", "红旗路 66 号（浏览器小区）", "校验错误", "男", "", bad, "", "户主", ""))));

		signInAs("worker");
		open("/ledger");
		byId("ledger-import").click();
		screenshot("import-form");
		byId("import-file").sendKeys(file.toAbsolutePath().toString());
		byId("import-upload").click();

		byId("preview-table");
		assertThat(driver.findElements(By.cssSelector("#preview-table tr[data-verdict='NEW']"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector("#preview-table tr[data-verdict='REJECTED']"))).hasSize(1);
		assertThat(byId("line-3").getText()).contains("校验位错误");
		assertThat(byId("preview-table").getText()).contains(Masking.idNumber(good)).doesNotContain(good);
		screenshot("import-preview");
		byId("skip-rejected").click();
		byId("import-confirm").click();

		assertThat(byId("import-done").getText()).contains("新增 1 人");
		byId("q").sendKeys("浏览器新户");
		byId("ledger-search-submit").click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("household-list"), building));
		assertThat(byId("household-list").getText()).contains("红旗路 66 号（浏览器小区） " + building + "-1-301")
			.contains("独居老人");
		driver.findElement(By.cssSelector("#household-list .household-row")).click();
		byId("household-edit").click();
		byId("household-form");
		screenshot("household-form");
	}

	@Test
	void onAPhoneTheLedgerListIsUsable() {
		driver.manage().window().setSize(new Dimension(375, 800));
		signInAs("worker");
		open("/ledger");
		byId("household-list");
		assertThat(horizontalOverflow()).as("page wider than the phone").isFalse();
		screenshot("list-phone");
		byId("q").sendKeys("王秀兰");
		byId("ledger-search-submit").click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("household-list"), "王秀兰"));
		assertThat(horizontalOverflow()).isFalse();
		driver.findElement(By.cssSelector("#household-list .household-row")).click();
		assertThat(byId("household-title").getText()).contains("红旗路 18 号");
		assertThat(byId("household-people").getText()).contains("王秀兰").contains("138****0001");
		screenshot("household-phone");
		byId("household-people").findElement(By.linkText("王秀兰")).click();
		byId("person-details");
		assertThat(horizontalOverflow()).isFalse();
		screenshot("person-phone");
		byId("person-edit").click();
		byId("person-form");
		assertThat(horizontalOverflow()).isFalse();
		screenshot("person-form-phone");
	}

	@Test
	void aWorkerRevealsAPhoneWithAReasonAndSeesItOnce() {
		signInAs("worker");
		open("/ledger?q=王秀兰");
		driver.findElement(By.cssSelector("#household-list .household-row")).click();
		byId("household-people").findElement(By.linkText("王秀兰")).click();
		assertThat(byId("phone-masked").getText()).isEqualTo("138****0001");
		byId("phone-reveal-toggle").click();
		byId("phone-reason").sendKeys("电话回访高龄补贴办理情况");
		byId("phone-reveal-submit").click();
		assertThat(byId("phone-revealed").getText()).isEqualTo("13800000001");
		assertThat(byId("access-log").getText()).contains("电话回访高龄补贴办理情况").contains("李建国");
		screenshot("person-revealed");
		driver.navigate().refresh();
		assertThat(byId("phone-masked").getText()).isEqualTo("138****0001");
	}

	private boolean horizontalOverflow() {
		return (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
	}

}
