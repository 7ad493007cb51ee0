package org.griddesk.open311;

import java.util.UUID;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.open311.Open311Client.DEMO_KEY;
import static org.griddesk.open311.Open311Client.HQ_G1_LAT;
import static org.griddesk.open311.Open311Client.HQ_G1_LONG;
import static org.griddesk.open311.Open311Client.body;
import static org.griddesk.open311.Open311Schemas.assertOnlyElements;
import static org.griddesk.open311.Open311Schemas.text;
import static org.griddesk.open311.Open311Schemas.xml;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Every refusal answers in the spec's error list, in the suffix's format, with the spec's status; never a 500. */
@IntegrationTest
class Open311ErrorTests {

	private static final String ERROR_JSON = "\\[\\{\"code\":%d,\"description\":\"[^\"]+\"}]";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiKeys apiKeys;

	Open311Client client;

	@BeforeEach
	void client() {
		this.client = new Open311Client(this.mvc);
	}

	@Test
	void postWithoutKeyIsForbiddenInBothFormats() throws Exception {
		MvcResult json = this.client.post("/open311/v2/requests.json", "service_code", "C01", "lat", HQ_G1_LAT,
				"long", HQ_G1_LONG);
		assertError(json, 403);
		assertThat(body(json)).contains("api_key");
		MvcResult blank = this.client.post("/open311/v2/requests.json", "api_key", "  ", "service_code", "C01");
		assertError(blank, 403);

		MvcResult xmlResult = this.client.post("/open311/v2/requests.xml", "service_code", "C01");
		assertThat(xmlResult.getResponse().getStatus()).isEqualTo(403);
		assertThat(xmlResult.getResponse().getContentType()).isEqualTo("text/xml;charset=UTF-8");
		Document document = xml(xmlResult.getResponse().getContentAsByteArray());
		assertOnlyElements(document, "/errors", "error");
		assertOnlyElements(document, "/errors/error", "code", "description");
		assertThat(text(document, "/errors/error/code")).isEqualTo("403");
	}

	@Test
	void unknownAndRevokedKeysAreForbidden() throws Exception {
		assertError(post("api_key", "not-a-key"), 403);
		NewApiKey key = this.apiKeys.create("吊销测试 " + UUID.randomUUID(), 60);
		assertThat(post("api_key", key.key()).getResponse().getStatus()).isEqualTo(200);
		this.apiKeys.revoke(key.id());
		MvcResult revoked = post("api_key", key.key());
		assertError(revoked, 403);
		assertThat(body(revoked)).contains("吊销");
		assertError(this.client.get("/open311/v2/requests.json", "api_key", key.key()), 403);
	}

	@Test
	void theRateLimitAnswers429WithRetryAfter() throws Exception {
		NewApiKey key = this.apiKeys.create("限流测试 " + UUID.randomUUID(), 2);
		assertThat(this.client.get("/open311/v2/services.json", "api_key", key.key()).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(post("api_key", key.key()).getResponse().getStatus()).isEqualTo(200);
		MvcResult limited = post("api_key", key.key());
		assertError(limited, 429);
		assertThat(Integer.parseInt(limited.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1, 60);
		MvcResult xmlLimited = this.client.post("/open311/v2/requests.xml", "api_key", key.key(), "service_code",
				"C01", "lat", HQ_G1_LAT, "long", HQ_G1_LONG);
		assertThat(xmlLimited.getResponse().getStatus()).isEqualTo(429);
		assertThat(text(xml(xmlLimited.getResponse().getContentAsByteArray()), "/errors/error/code"))
			.isEqualTo("429");
		assertThat(this.client.get("/open311/v2/services.json").getResponse().getStatus())
			.as("anonymous reading is not limited by a key").isEqualTo(200);
	}

	@Test
	void unknownServiceIsNotFound() throws Exception {
		assertError(this.client.get("/open311/v2/services/NOPE.json"), 404);
		MvcResult xmlResult = this.client.get("/open311/v2/services/NOPE.xml");
		assertThat(xmlResult.getResponse().getStatus()).isEqualTo(404);
		assertThat(text(xml(xmlResult.getResponse().getContentAsByteArray()), "/errors/error/description"))
			.contains("NOPE");
		assertError(post("service_code", "NOPE"), 404);
		assertError(this.client.post("/open311/v2/requests.json", "api_key", DEMO_KEY, "lat", HQ_G1_LAT, "long",
				HQ_G1_LONG), 400);
	}

	@Test
	void unknownRequestAndTokenAreNotFound() throws Exception {
		assertError(this.client.get("/open311/v2/requests/19990101-000000.json"), 404);
		assertThat(this.client.get("/open311/v2/requests/19990101-000000.xml").getResponse().getStatus())
			.isEqualTo(404);
		assertError(this.client.get("/open311/v2/tokens/" + UUID.randomUUID() + ".json"), 404);
	}

	@Test
	void badDatesAreRefused() throws Exception {
		assertError(this.client.get("/open311/v2/requests.json", "start_date", "yesterday"), 400);
		assertError(this.client.get("/open311/v2/requests.json", "end_date", "2025-13-45T00:00:00Z"), 400);
		assertError(this.client.get("/open311/v2/requests.json", "start_date", "2025-06-01T00:00:00Z", "end_date",
				"2025-01-01T00:00:00Z"), 400);
		MvcResult tooLong = this.client.get("/open311/v2/requests.json", "start_date", "2025-01-01T00:00:00Z",
				"end_date", "2025-06-01T00:00:00Z");
		assertError(tooLong, 400);
		assertThat(body(tooLong)).contains("90");
		assertError(this.client.get("/open311/v2/requests.json", "status", "pending"), 400);
		assertError(this.client.get("/open311/v2/requests.json", "page", "0"), 400);
		assertError(this.client.get("/open311/v2/requests.json", "page_size", "5000"), 400);
	}

	@Test
	void overLongDescriptionIsRefused() throws Exception {
		MvcResult result = post("description", "长".repeat(4001));
		assertError(result, 400);
		assertThat(body(result)).contains("4000");
		assertThat(post("description", "长".repeat(4000)).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void badLocationAndFieldsAreRefused() throws Exception {
		assertError(this.client.post("/open311/v2/requests.json", "api_key", DEMO_KEY, "service_code", "C01"), 400);
		assertError(this.client.post("/open311/v2/requests.json", "api_key", DEMO_KEY, "service_code", "C01", "lat",
				HQ_G1_LAT), 400);
		assertError(post("lat", "north"), 400);
		assertError(post("long", "190"), 400);
		assertError(post("media_url", "javascript:alert(1)"), 400);
		assertError(post("attribute[x]", "1", "service_code", "S01", "attribute[proxy_visit]", "maybe"), 400);
		assertError(post("email", "x".repeat(300) + "@example.org"), 400);
	}

	@Test
	void aForeignJurisdictionIsNotFound() throws Exception {
		assertError(this.client.get("/open311/v2/services.json", "jurisdiction_id", "sfgov.org"), 404);
		assertThat(this.client.get("/open311/v2/services.json", "jurisdiction_id", "griddesk").getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.client.get("/open311/v2/services.json", "jurisdiction_id", "").getResponse().getStatus())
			.as("an empty optional parameter is an absent one")
			.isEqualTo(200);
	}

	@Test
	void unknownResourcesAndMethodsAnswerInTheSpecsFormat() throws Exception {
		MvcResult html = this.client.get("/open311/v2/services.html");
		assertThat(html.getResponse().getStatus()).isEqualTo(404);
		assertThat(html.getResponse().getContentType()).isEqualTo("text/xml;charset=UTF-8");
		assertError(this.client.get("/open311/v2/nothing-here.json"), 404);
		MvcResult wrongMethod = this.mvc.perform(put("/open311/v2/requests.json")).andReturn();
		assertError(wrongMethod, 404);
	}

	private MvcResult post(String... params) throws Exception {
		String[] base = { "api_key", DEMO_KEY, "service_code", "C01", "lat", HQ_G1_LAT, "long", HQ_G1_LONG };
		// later values of the same name win: MockMvc keeps both, Params takes the first non-blank, so put overrides first
		return this.client.post("/open311/v2/requests.json", Open311Client.concat(params, base));
	}

	private static void assertError(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
		assertThat(body(result)).matches(String.format(ERROR_JSON, status));
	}

}
