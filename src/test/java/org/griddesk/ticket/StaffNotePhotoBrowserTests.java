package org.griddesk.ticket;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker records progress with photos from the ticket page: a file that is no image is refused on the page with
 * the note kept; real photos land in the note's timeline entry, where the resident sees them too.
 */
@BrowserTest
class StaffNotePhotoBrowserTests extends BrowserTestSupport {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	TicketFixtures fixtures;

	@Test
	void workerAddsAProgressNoteWithPhotosAndTheResidentSeesThem() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		Path fake = upload("setup.jpg", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 });
		Path bin = upload("broken-bin.png", TestImages.png(320, 240));
		Path lid = upload("bin-lid.jpg", TestImages.jpegWithLocation(200, 150));
		String text = "已到现场，垃圾桶盖破损，已联系物业更换 " + UUID.randomUUID().toString().substring(0, 6);

		signInAs("worker");
		open("/tickets/" + id);
		press(byId("action-note"));
		byId("note").sendKeys(text);
		driver.findElement(By.id("note-photos")).sendKeys(fake.toString());
		press(byId("note-submit"));

		assertThat(byId("note-photos-error").getText()).contains("setup.jpg").contains("不是");
		assertThat(byId("note").getAttribute("value")).isEqualTo(text);
		assertThat(byId("note-photos-again").isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("#timeline li[data-event='NOTE']"))).isEmpty();
		screenshot("refused");

		driver.findElement(By.id("note-photos")).sendKeys(bin + "\n" + lid);
		press(byId("note-submit"));
		assertThat(byId("flash-success").getText()).contains("进展已记录");
		WebElement entry = driver.findElement(By.cssSelector("#timeline li[data-event='NOTE']"));
		assertThat(entry.getText()).contains(text);
		assertThat(loadedWidths(entry)).containsExactly(320L, 200L);
		scrollTo(entry);
		screenshot("noted");

		driver.manage().deleteAllCookies();
		signInAs("resident");
		open("/my/tickets/" + id);
		WebElement seen = driver.findElement(By.cssSelector("#timeline li[data-event='NOTE']"));
		assertThat(seen.getText()).contains(text);
		assertThat(loadedWidths(seen)).containsExactly(320L, 200L);
		scrollTo(seen);
		screenshot("resident-sees-note");
	}

	/** The natural widths of the entry's thumbnails once the browser has loaded them all. */
	private static List<Long> loadedWidths(WebElement entry) {
		List<WebElement> thumbnails = entry.findElements(By.cssSelector("img.photo-thumb"));
		for (WebElement thumbnail : thumbnails) {
			scrollTo(thumbnail);
			wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth",
					thumbnail)).longValue() > 0);
		}
		return thumbnails.stream()
			.map(thumbnail -> ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth",
					thumbnail)).longValue())
			.toList();
	}
}
