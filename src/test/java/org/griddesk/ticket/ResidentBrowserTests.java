package org.griddesk.ticket;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.griddesk.account.Accounts;
import org.griddesk.account.RegisterResident;
import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident's journey in a real browser: raise a matter with a photo, follow it, rate it, see it closed. */
@BrowserTest
class ResidentBrowserTests extends BrowserTestSupport {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void residentRaisesAMatterWithAPhotoFollowsItAndRatesIt() {
		Path photo = upload("stairwell-light.png", TestImages.png(320, 240));
		String title = "楼道灯不亮 " + UUID.randomUUID().toString().substring(0, 8);
		signInAs("resident");
		open("/my/tickets/new");
		assertThat(byId("contactPhone").getAttribute("value")).isEqualTo("13800000001");

		chooseKind("APPEAL", "楼道照明维修");
		choose("categoryId", "楼道照明维修");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("category-description"), "楼道灯"));
		byId("title").sendKeys(title);
		assertThat(byId("title-count").getText()).contains(String.valueOf(100 - title.length()));
		byId("description").sendKeys("3 号楼 2 单元二楼到五楼的楼道灯都不亮，晚上上下楼很危险。");
		assertThat(byId("location-home").isSelected()).isTrue();
		assertThat(byId("home-address").getText()).isEqualTo("红旗路 18 号（红旗小区） 1-1-101");
		assertThat(byId("home-place").getText()).isEqualTo("红旗社区 第一网格");
		assertThat(driver.findElement(By.id("other-location")).isDisplayed()).isFalse();
		driver.findElement(By.id("photos")).sendKeys(photo.toString());
		screenshot("form-desktop");
		press(byId("ticket-submit"));

		wait.until(ExpectedConditions.urlMatches("/my/tickets/\\d+$"));
		assertThat(byId("flash-success").getText()).contains("已提交");
		Long id = Long.valueOf(driver.getCurrentUrl().replaceAll(".*/", ""));
		WebElement thumbnail = driver.findElement(By.cssSelector("#timeline img.photo-thumb"));
		wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth",
				thumbnail)).intValue() == 320);
		assertThat(byId("next-step").getText()).contains("接单");
		assertThat(byId("ticket-address").getText()).isEqualTo("红旗路 18 号（红旗小区） 1-1-101");
		screenshot("detail-submitted");

		open("/my/tickets");
		WebElement row = byId("my-tickets").findElement(By.cssSelector("a[data-status='SUBMITTED']"));
		assertThat(row.getText()).contains(title).contains("待接单");
		onPhone(() -> screenshot("list-phone"));

		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		this.lifecycle.start(id, worker);
		this.lifecycle.resolve(id, worker, "已更换 4 个楼道灯泡并检修线路。");

		open("/my/tickets/" + id);
		wait.until(ExpectedConditions.attributeToBe(By.id("ticket-status"), "data-status", "RESOLVED"));
		onPhone(() -> screenshot("rating-phone"));
		press(driver.findElement(By.cssSelector("label[for='solved-yes']")));
		press(driver.findElement(By.cssSelector("label[for='score-5']")));
		byId("comment").sendKeys("当天就修好了，谢谢！");
		press(byId("rating-submit"));

		wait.until(ExpectedConditions.attributeToBe(By.id("ticket-status"), "data-status", "CLOSED"));
		assertThat(byId("flash-success").getText()).contains("感谢");
		assertThat(byId("ticket-rating").getText()).contains("5/5").contains("当天就修好了");
		List<String> events = driver.findElements(By.cssSelector("#timeline > li"))
			.stream()
			.map(entry -> entry.getAttribute("data-event"))
			.toList();
		assertThat(events).containsExactly("SUBMITTED", "ROUTED", "ACCEPTED", "STARTED", "RESOLVED", "RATED");
		screenshot("detail-closed");
		onPhone(() -> screenshot("detail-closed-phone"));

		open("/notifications");
		wait.until(d -> !d.findElements(By.cssSelector("#notifications li")).isEmpty());
		screenshot("notifications");
	}

	@Test
	void doubleClickingSubmitMakesOneTicket() {
		String title = "双击提交 " + UUID.randomUUID().toString().substring(0, 8);
		signInAs("resident");
		open("/my/tickets/new");
		onPhone(() -> {
			chooseKind("COMPLAINT", "环境卫生");
			choose("categoryId", "环境卫生");
			byId("title").sendKeys(title);
			byId("description").sendKeys("小区东门垃圾桶满了三天没人清运。");
			press(byId("location-other"));
			chooseLocation("红军路街道", "红旗社区", "第二网格");
			byId("address").sendKeys("红旗社区东门");
			screenshot("form-phone");
			WebElement submit = byId("ticket-submit");
			scrollTo(submit);
			new Actions(driver).doubleClick(submit).perform();
			wait.until(ExpectedConditions.urlMatches("/my/tickets/\\d+$"));
			screenshot("detail-phone");
		});
		assertThat(this.jdbc.queryForObject("select count(*) from ticket where title = ?", Long.class, title))
			.isEqualTo(1);
	}

	@Test
	void aFormCarryingAKeyAnotherAccountSentComesBackWhole() {
		String used = UUID.randomUUID().toString();
		this.fixtures.submittedWithKey("HQ-G1", used);
		String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		this.accounts.registerResident(new RegisterResident("钱邻居", phone, "Neighbour-pass7"));
		String title = "单元门禁坏了 " + UUID.randomUUID().toString().substring(0, 8);
		signIn(phone, "Neighbour-pass7");
		open("/my/tickets/new");
		chooseKind("COMPLAINT", "环境卫生");
		choose("categoryId", "环境卫生");
		byId("title").sendKeys(title);
		byId("description").sendKeys("2 单元门禁刷卡没反应，门一直开着。");
		chooseLocation("红军路街道", "红旗社区", "第二网格");
		byId("address").sendKeys("红旗社区 5 号楼 2 单元");
		// a client that reuses keys: the page's own key is swapped for one the demo resident's form already sent
		((JavascriptExecutor) driver).executeScript("document.getElementsByName('submissionKey')[0].value = arguments[0]",
				used);
		press(byId("ticket-submit"));

		assertThat(byId("submission-key-error").getText()).contains("已被另一个账号提交过");
		assertThat(byId("title").getAttribute("value")).isEqualTo(title);
		assertThat(byId("address").getAttribute("value")).isEqualTo("红旗社区 5 号楼 2 单元");
		assertThat(driver.findElement(By.name("submissionKey")).getAttribute("value")).isNotEqualTo(used);
		screenshot("key-taken");
		press(byId("ticket-submit"));

		wait.until(ExpectedConditions.urlMatches("/my/tickets/\\d+$"));
		assertThat(byId("flash-success").getText()).contains("已提交");
		assertThat(this.jdbc.queryForObject("select count(*) from ticket where title = ?", Long.class, title))
			.isEqualTo(1);
	}

	@Test
	void residentCancelsAfterConfirmingOnce() {
		Long id = this.fixtures.submitted("HQ-G2");
		signInAs("resident");
		open("/my/tickets/" + id);
		byId("reason").sendKeys("邻居已经帮忙清理了");
		press(byId("cancel-submit"));
		Alert question = wait.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).contains("撤销");
		question.accept();
		wait.until(ExpectedConditions.attributeToBe(By.id("ticket-status"), "data-status", "CANCELLED"));
		assertThat(byId("flash-success").getText()).contains("已撤销");
		assertThat(driver.findElements(By.id("cancel-form"))).isEmpty();
	}

	@Test
	void fieldErrorsKeepWhatWasTypedAndTooLargePhotosAreCaughtBeforeUpload() {
		signInAs("resident");
		open("/my/tickets/new");
		byId("title").sendKeys("没有选事项");
		press(byId("location-other"));
		press(byId("ticket-submit"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
		assertThat(byId("title").getAttribute("value")).isEqualTo("没有选事项");
		assertThat(driver.findElements(By.cssSelector(".invalid-feedback")).stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)).contains("请选择类别。", "请选择事项。", "请依次选择街道、社区和网格。");
		onPhone(() -> screenshot("form-errors-phone"));

		byte[] jpeg = TestImages.jpeg(8, 8);
		byte[] content = new byte[TicketPhotos.MAX_BYTES + 1024];
		System.arraycopy(jpeg, 0, content, 0, jpeg.length);
		Path big = upload("huge.jpg", content);
		driver.findElement(By.id("photos")).sendKeys(big.toString());
		WebElement message = byId("photos-client-error");
		assertThat(message.getText()).contains("超过 5 MB");
		String before = driver.getCurrentUrl();
		press(byId("ticket-submit"));
		assertThat(driver.getCurrentUrl()).isEqualTo(before);
		assertThat(byId("ticket-submit").isEnabled()).isTrue();
		screenshot("photo-too-large");
	}

	@Test
	void anUploadOverTheServersLimitGetsAClear413Page() throws Exception {
		signInAs("resident");
		open("/my/tickets/new");
		String action = byId("ticket-form").getAttribute("action");
		String session = driver.manage().getCookieNamed("SESSION").getValue();
		String boundary = "----griddesk" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n大照片\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"big.jpg\""
				+ "\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(new byte[6 * 1024 * 1024]);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(action))
				.header("Cookie", "SESSION=" + session)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("上传的文件太大").contains("5 MB");
	}

	private void chooseKind(String kind, String expectedCategory) {
		press(driver.findElement(By.cssSelector("label[for='kind-" + kind + "']")));
		wait.until(d -> d.findElements(By.cssSelector("#categoryId option"))
			.stream()
			.anyMatch(option -> option.getText().equals(expectedCategory)));
	}

	private void chooseLocation(String street, String community, String grid) {
		choose("streetId", street);
		choose("communityId", community);
		choose("gridId", grid);
	}

	/** Runs the steps in a 375 px wide window (a phone), then goes back to the desktop size. */
	private void onPhone(Runnable steps) {
		Dimension desktop = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(375, 1400));
		try {
			steps.run();
		}
		finally {
			driver.manage().window().setSize(desktop);
		}
	}
}
