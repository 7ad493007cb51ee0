package org.griddesk.open311;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's key page in a real browser, and the API on the wire as sloppy clients call it: unencoded query
 * strings (a {@code +} that arrives as a space, brackets), URLs the firewall refuses — always the spec's error list.
 */
@BrowserTest
class Open311BrowserTests extends BrowserTestSupport {

	@Test
	void anAdministratorCreatesAKeySeesItOnceAndRevokesIt() throws Exception {
		signInAs("admin");
		open("/admin/api-keys");
		String name = "热线系统 " + System.nanoTime();
		byId("name").sendKeys(name);
		WebElement limit = byId("requestsPerMinute");
		limit.clear();
		limit.sendKeys("30");
		byId("api-key-create").click();
		String key = byId("new-api-key").getText();
		assertThat(key).startsWith("gd_").hasSize(46);
		assertThat(byId("api-key-list").getText()).contains(name).contains(key.substring(0, 11));

		String filed = raw("POST /open311/v2/requests.json?api_key=" + key
				+ "&service_code=S01&lat=45.2601&long=130.9202&attribute[proxy_visit]=true"
				+ "&attribute[preferred_visit_window]=weekend&description=%E4%B8%8A%E9%97%A8 HTTP/1.1");
		assertThat(filed).startsWith("HTTP/1.1 200").contains("application/json;charset=UTF-8");
		String id = filed.replaceAll("(?s).*\"service_request_id\":\"([^\"]+)\".*", "$1");
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		String listed = raw("GET /open311/v2/requests.xml?start_date=" + today + "T00:00:00+08:00&status=open HTTP/1.1");
		assertThat(listed).startsWith("HTTP/1.1 200").contains("<service_request_id>" + id + "</service_request_id>");

		open("/admin/api-keys");
		assertThat(driver.findElements(By.id("new-api-key"))).as("the key is shown only once").isEmpty();
		WebElement row = driver.findElements(By.cssSelector("#api-key-list tbody tr"))
			.stream()
			.filter(candidate -> candidate.getText().contains(name))
			.findFirst()
			.orElseThrow();
		row.findElement(By.cssSelector("button[id^='revoke-']")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		byId("flash-success");
		assertThat(raw("POST /open311/v2/requests.json?api_key=" + key + "&service_code=C01&address=x HTTP/1.1"))
			.startsWith("HTTP/1.1 403")
			.containsPattern("\\[\\{\"code\":403,\"description\":\"[^\"]+\"}]");
	}

	@Test
	void urlsTheFirewallRefusesStillAnswerInTheSpecsFormat() throws Exception {
		String json = raw("GET /open311/v2/services;jsessionid=1.json HTTP/1.1");
		assertThat(json).startsWith("HTTP/1.1 400").containsPattern("\\[\\{\"code\":400,\"description\":\"[^\"]+\"}]");
		String xml = raw("GET /open311/v2/services/%2e%2e/x.xml HTTP/1.1");
		assertThat(xml).startsWith("HTTP/1.1 400").contains("<errors><error><code>400</code>");
	}

	@Test
	void theOpenApiDescriptionAndSwaggerUiArePublic() throws Exception {
		String docs = raw("GET /v3/api-docs HTTP/1.1");
		assertThat(docs).startsWith("HTTP/1.1 200")
			.contains("/open311/v2/requests.{format}")
			.contains("/open311/v2/services/{code}.{format}")
			.doesNotContain("\"/admin", "\"/login", "\"/my/");
		open("/swagger-ui/index.html");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Open311 GeoReport v2"));
	}

	/** One HTTP/1.1 exchange on a socket, the request line sent exactly as written (no client-side encoding). */
	private String raw(String requestLine) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

}
