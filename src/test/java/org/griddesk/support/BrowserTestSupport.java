package org.griddesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives Debian's headless Chromium through Debian's chromedriver (both named, so Selenium Manager never tries a
 * download). One browser per test class; every test starts signed out and ends with no console errors. A screenshot
 * of the last page of each test lands in target/screenshots.
 */
public abstract class BrowserTestSupport {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	protected static WebDriver driver;

	protected static WebDriverWait wait;

	/** Chromium's temporary files (a singleton socket per start) go here and leave with the browser. */
	private static Path browserTemp;

	@LocalServerPort
	protected int port;

	@TempDir
	private Path uploads;

	@BeforeAll
	static void startBrowser() throws IOException {
		browserTemp = Files.createTempDirectory("griddesk-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("griddesk.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,900", "--lang=zh-CN", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--force-prefers-reduced-motion");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("griddesk.chromedriver", "/usr/bin/chromedriver")))
			.withEnvironment(Map.of("TMPDIR", browserTemp.toString()))
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		// a condition may find an element just before the page it belongs to is replaced: look again
		wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (browserTemp != null) {
			FileSystemUtils.deleteRecursively(browserTemp);
			browserTemp = null;
		}
	}

	@BeforeEach
	void signedOut() {
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	@AfterEach
	void screenshotAndConsole(TestInfo test) {
		takeScreenshot(getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
		assertNoConsoleErrors();
	}

	/** Keeps what the browser shows now as target/screenshots/{name}.png, for people to look at. */
	protected void takeScreenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@link #takeScreenshot} named after the test class: target/screenshots/{class}-{name}.png. */
	protected void screenshot(String name) {
		takeScreenshot(getClass().getSimpleName() + "-" + name);
	}

	/** A file for the browser to upload, in a directory of this test's own that is removed after it. */
	protected Path upload(String name, byte[] content) {
		try {
			return Files.write(this.uploads.resolve(name), content).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		driver.get(url(path));
	}

	protected void signIn(String username, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Signs in as one of the demo accounts (password {@code griddesk}). */
	protected void signInAs(String demoUsername) {
		signIn(demoUsername, "griddesk");
	}

	protected WebElement byId(String id) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
	}

	/** Picks an option by its text once it is there and enabled; htmx may just have replaced the select. */
	protected static void choose(String selectId, String text) {
		wait.until(d -> {
			WebElement select = d.findElement(By.id(selectId));
			return select.isEnabled() && select.findElements(By.tagName("option"))
				.stream()
				.anyMatch(option -> option.getText().equals(text));
		});
		new Select(driver.findElement(By.id(selectId))).selectByVisibleText(text);
		wait.until(d -> new Select(d.findElement(By.id(selectId))).getFirstSelectedOption().getText().equals(text));
	}

	/** Brings an element to the middle of the window at once: Bootstrap scrolls smoothly, which moves it under a click. */
	protected static void scrollTo(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
	}

	/** Clicks as a user would: once the element is in view and clickable. */
	protected static void press(WebElement element) {
		scrollTo(element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	protected void press(String id) {
		press(byId(id));
	}

	/**
	 * Posts a form with its button and waits for the answer's page: until it arrives, the page being left still shows
	 * its own elements under the ids the test reads next (a flash, a status badge).
	 */
	protected void submit(String buttonId) {
		WebElement leaving = driver.findElement(By.tagName("html"));
		press(buttonId);
		wait.until(ExpectedConditions.stalenessOf(leaving));
	}

	protected void assertNoConsoleErrors() {
		List<LogEntry> errors = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			// a deliberate 4xx page logs its own status as a console error; that is the test's subject, not a fault
			.filter(entry -> !entry.getMessage().matches(".*the server responded with a status of 4\\d\\d.*"))
			.toList();
		assertThat(errors).as("browser console errors").isEmpty();
	}

}
