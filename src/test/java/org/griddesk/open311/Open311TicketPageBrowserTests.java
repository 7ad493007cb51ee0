package org.griddesk.open311;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.griddesk.support.BrowserTest;
import org.griddesk.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request filed by another system through Open311 is an ordinary ticket on the worker's staff page: channel
 * OPEN311, the Open311 panel with the requester, and the usual actions.
 */
@BrowserTest
class Open311TicketPageBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTicketFiledThroughOpen311OpensOnTheWorkersTicketPage() throws Exception {
		String description = "三号楼门口垃圾两天没人清运 " + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("api_key", Open311Client.DEMO_KEY);
		form.put("service_code", "C01");
		form.put("lat", Open311Client.HQ_G1_LAT);
		form.put("long", Open311Client.HQ_G1_LONG);
		form.put("description", description);
		form.put("first_name", "秀英");
		form.put("last_name", "李");
		form.put("phone", "13900001111");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/open311/v2/requests.json")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(encoded(form)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		String number = response.body().replaceAll("(?s).*\"service_request_id\":\"([^\"]+)\".*", "$1");
		Long id = this.jdbc.queryForObject("select id from ticket where number = ?", Long.class, number);

		signInAs("worker");
		open("/tickets/" + id);
		assertThat(byId("ticket-number").getText()).isEqualTo(number);
		assertThat(byId("ticket-description").getText()).isEqualTo(description);
		assertThat(byId("ticket-facts").getText()).contains("来源").contains("外部系统");
		assertThat(byId("ticket-region").getText()).contains("第一网格");
		assertThat(byId("open311-panel").getText()).contains("经 Open311 接口提交").contains(number);
		assertThat(byId("open311-requester").getText()).contains("李").contains("秀英").contains("13900001111");
		assertThat(driver.findElement(By.cssSelector("#timeline li[data-event='SUBMITTED']")).getText())
			.contains("外部系统");
		screenshot("ticket-page");
		scrollTo(byId("open311-panel"));
		screenshot("open311-panel");

		byId("action-accept").click();
		wait.until(ExpectedConditions.attributeToBe(By.id("ticket-page"), "data-status", "ACCEPTED"));
		assertThat(byId("ticket-status").getText()).isEqualTo("已接单");
	}

	private static String encoded(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
