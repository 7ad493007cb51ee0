package org.griddesk.open311;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.open311.Open311Client.body;
import static org.griddesk.open311.Open311Schemas.assertOnlyElements;
import static org.griddesk.open311.Open311Schemas.assertValid;
import static org.griddesk.open311.Open311Schemas.count;
import static org.griddesk.open311.Open311Schemas.text;
import static org.griddesk.open311.Open311Schemas.xml;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every endpoint in both formats: JSON against the official GeoReport v2 schemas, XML against the spec's element
 * names; the suffix decides the format whatever the Accept header says.
 */
@IntegrationTest
class Open311ContractTests {

	private static final String[] REQUEST_ELEMENTS = { "service_request_id", "status", "status_notes",
			"service_name", "service_code", "description", "agency_responsible", "service_notice",
			"requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
			"long", "media_url" };

	private static final String W3_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00";

	@Autowired
	MockMvc mvc;

	Open311Client client;

	@BeforeEach
	void client() {
		this.client = new Open311Client(this.mvc);
	}

	@Test
	void discoveryInBothFormats() throws Exception {
		MvcResult json = this.client.get("/open311/discovery.json");
		assertThat(json.getResponse().getStatus()).isEqualTo(200);
		assertThat(json.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
		assertThat(body(json)).contains("\"specification\":\"http://wiki.open311.org/GeoReport_v2\"")
			.contains("\"url\":\"http://localhost/open311/v2\"")
			.contains("\"formats\":[\"text/xml\",\"application/json\"]")
			.containsPattern("\"changeset\":\"" + W3_DATE + "\"");

		MvcResult xmlResult = this.client.get("/open311/discovery.xml");
		assertThat(xmlResult.getResponse().getContentType()).isEqualTo("text/xml;charset=UTF-8");
		Document document = xml(xmlResult.getResponse().getContentAsByteArray());
		assertOnlyElements(document, "/discovery", "changeset", "contact", "key_service", "endpoints");
		assertOnlyElements(document, "/discovery/endpoints/endpoint", "specification", "url", "changeset", "type",
				"formats");
		assertThat(count(document, "/discovery/endpoints/endpoint/formats/format")).isEqualTo(2);
		assertThat(text(document, "/discovery/endpoints/endpoint/type")).isEqualTo("production");
		assertThat(xml(this.client.get("/open311/").getResponse().getContentAsByteArray()).getDocumentElement()
			.getNodeName()).isEqualTo("discovery");
	}

	@Test
	void servicesAreTheEnabledCategoriesInBothFormats() throws Exception {
		String json = body(this.client.get("/open311/v2/services.json"));
		assertValid("services.json", json);
		assertThat(json).contains("\"service_code\":\"C01\"", "\"service_name\":\"环境卫生\"", "\"group\":\"问题投诉\"",
				"\"type\":\"realtime\"");
		assertThat(json).containsPattern("\\{\"service_code\":\"S01\"[^}]*\"metadata\":true");
		assertThat(json).containsPattern("\\{\"service_code\":\"C01\"[^}]*\"metadata\":false");

		Document document = xml(this.client.get("/open311/v2/services.xml").getResponse().getContentAsByteArray());
		assertThat(document.getDocumentElement().getNodeName()).isEqualTo("services");
		assertOnlyElements(document, "/services", "service");
		assertOnlyElements(document, "/services/service", "service_code", "service_name", "description", "metadata",
				"type", "keywords", "group");
		assertThat(text(document, "/services/service[service_code='A01']/service_name")).isEqualTo("停水报修");
		assertThat(text(document, "/services/service[service_code='S01']/metadata")).isEqualTo("true");
	}

	@Test
	void serviceDefinitionsInBothFormats() throws Exception {
		String proxy = body(this.client.get("/open311/v2/services/S01.json"));
		assertValid("service-definition.json", proxy);
		assertThat(proxy).contains("\"code\":\"proxy_visit\"", "\"code\":\"preferred_visit_window\"",
				"\"datatype\":\"singlevaluelist\"", "\"key\":\"weekday_morning\"");
		String plain = body(this.client.get("/open311/v2/services/C01.json"));
		assertValid("service-definition.json", plain);
		assertThat(plain).isEqualTo("{\"service_code\":\"C01\",\"attributes\":[]}");

		Document document = xml(this.client.get("/open311/v2/services/S01.xml").getResponse().getContentAsByteArray());
		assertOnlyElements(document, "/service_definition", "service_code", "attributes");
		assertOnlyElements(document, "/service_definition/attributes/attribute", "variable", "code", "datatype",
				"required", "datatype_description", "order", "description", "values");
		assertOnlyElements(document, "/service_definition/attributes/attribute/values/value", "key", "name");
		assertThat(text(document, "/service_definition/attributes/attribute[code='proxy_visit']/order")).isEqualTo("1");
		assertThat(count(document, "/service_definition/attributes/attribute[code='preferred_visit_window']/values/value"))
			.isEqualTo(4);
	}

	@Test
	void postAnswersTheNewRequestsIdInBothFormats() throws Exception {
		MvcResult json = this.client.post("/open311/v2/requests.json", "api_key", Open311Client.DEMO_KEY,
				"service_code", "C01", "lat", Open311Client.HQ_G1_LAT, "long", Open311Client.HQ_G1_LONG, "description",
				"垃圾桶满了没人清运", "account_id", "app-user-7");
		assertThat(json.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(json)).matches("\\[\\{\"service_request_id\":\"\\d{8}-\\d{6,}\",\"service_notice\":\"[^\"]+\","
				+ "\"account_id\":\"app-user-7\"}]");

		MvcResult xmlResult = this.client.post("/open311/v2/requests.xml", "api_key", Open311Client.DEMO_KEY,
				"service_code", "C01", "address_string", "红旗社区第一网格 3号楼", "description", "楼下垃圾堆放");
		assertThat(xmlResult.getResponse().getStatus()).isEqualTo(200);
		Document document = xml(xmlResult.getResponse().getContentAsByteArray());
		assertOnlyElements(document, "/service_requests/request", "service_request_id", "service_notice", "account_id");
		assertThat(text(document, "/service_requests/request/service_request_id")).matches("\\d{8}-\\d{6,}");
	}

	@Test
	void tokensResolveToTheRequestInBothFormats() throws Exception {
		String created = body(this.client.post("/open311/v2/requests.json", "api_key", Open311Client.DEMO_KEY,
				"service_code", "C01", "lat", Open311Client.HQ_G1_LAT, "long", Open311Client.HQ_G1_LONG,
				"extensions", "true"));
		String id = created.replaceAll("(?s).*\"service_request_id\":\"([^\"]+)\".*", "$1");
		String token = created.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
		assertThat(token).matches("[0-9a-f-]{36}");

		assertThat(body(this.client.get("/open311/v2/tokens/" + token + ".json")))
			.isEqualTo("[{\"service_request_id\":\"" + id + "\",\"token\":\"" + token + "\"}]");
		Document document = xml(
				this.client.get("/open311/v2/tokens/" + token + ".xml").getResponse().getContentAsByteArray());
		assertOnlyElements(document, "/service_requests/request", "service_request_id", "token");
		assertThat(text(document, "/service_requests/request/service_request_id")).isEqualTo(id);
	}

	@Test
	void requestsListInBothFormats() throws Exception {
		String id = this.client.fileInHqG1("列表里的请求");
		String json = body(this.client.get("/open311/v2/requests.json"));
		assertValid("requests.json", json);
		assertThat(json).contains("\"service_request_id\":\"" + id + "\"");
		String extended = body(this.client.get("/open311/v2/requests.json", "extensions", "true"));
		assertValid("requests.json", extended);
		assertThat(extended).contains("\"extended_attributes\":{\"griddesk_status\":\"SUBMITTED\"");
		assertThat(extended.substring(extended.indexOf("\"service_request_id\":\"" + id + "\"")))
			.containsPattern("^[^\\]]*\"notes\":\\[\\{\"datetime\":\"" + W3_DATE + "\",\"type\":\"submitted\"");

		Document document = xml(this.client.get("/open311/v2/requests.xml").getResponse().getContentAsByteArray());
		assertOnlyElements(document, "/service_requests", "request");
		assertOnlyElements(document, "/service_requests/request[service_request_id='" + id + "']", REQUEST_ELEMENTS);
		assertThat(text(document, "/service_requests/request[service_request_id='" + id + "']/status"))
			.isEqualTo("open");
	}

	@Test
	void oneRequestInBothFormats() throws Exception {
		String id = this.client.fileInHqG1("单个请求 <b>加粗</b>");
		String json = body(this.client.get("/open311/v2/requests/" + id + ".json"));
		assertValid("requests.json", json);
		assertThat(json).startsWith("[{\"service_request_id\":\"" + id + "\",\"status\":\"open\"")
			.contains("\"service_code\":\"C01\"", "\"description\":\"单个请求 加粗\"", "\"lat\":45.2601",
					"\"long\":130.9202", "\"agency_responsible\":\"红旗社区 第一网格\"")
			.containsPattern("\"requested_datetime\":\"" + W3_DATE + "\"")
			.containsPattern("\"expected_datetime\":\"" + W3_DATE + "\"")
			.doesNotContain("extended_attributes");

		String extended = body(this.client.get("/open311/v2/requests/" + id + ".json", "extensions", "true"));
		assertValid("requests.json", extended);
		assertThat(extended).contains("\"grid\":\"第一网格\"", "\"community\":\"红旗社区\"", "\"street\":\"红军路街道\"",
				"\"type\":\"submitted\"", "\"type\":\"routed\"")
			.containsPattern("\"accept_due_datetime\":\"" + W3_DATE + "\"");

		Document document = xml(this.client.get("/open311/v2/requests/" + id + ".xml", "extensions", "true")
			.getResponse()
			.getContentAsByteArray());
		String[] withExtensions = Open311Client.concat(REQUEST_ELEMENTS,
				new String[] { "extended_attributes", "notes" });
		assertOnlyElements(document, "/service_requests/request", withExtensions);
		assertOnlyElements(document, "/service_requests/request/notes/note", "datetime", "type", "description");
		assertThat(text(document, "/service_requests/request/extended_attributes/griddesk_status"))
			.isEqualTo("SUBMITTED");
		assertThat(text(document, "/service_requests/request/lat")).isEqualTo("45.2601");
	}

	@Test
	void theSuffixDecidesTheFormatWhateverTheAcceptHeaderSays() throws Exception {
		MvcResult xmlAsked = this.mvc.perform(get("/open311/v2/services.xml").header(HttpHeaders.ACCEPT,
				"application/json")).andReturn();
		assertThat(xmlAsked.getResponse().getStatus()).isEqualTo(200);
		assertThat(xmlAsked.getResponse().getContentType()).isEqualTo("text/xml;charset=UTF-8");
		MvcResult jsonAsked = this.mvc.perform(get("/open311/v2/services.json").header(HttpHeaders.ACCEPT,
				"text/html")).andReturn();
		assertThat(jsonAsked.getResponse().getStatus()).isEqualTo(200);
		assertThat(jsonAsked.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
	}

	@Test
	void chineseTextRoundTripsInUtf8() throws Exception {
		String description = "鸡冠区红旗社区：路灯不亮，井盖缺失😀「急」";
		String id = this.client.fileInHqG1(description, "address_string", "红军路街道 红旗社区 7号楼");
		String json = body(this.client.get("/open311/v2/requests/" + id + ".json"));
		assertThat(json).contains("\"description\":\"" + description + "\"", "\"address\":\"红军路街道 红旗社区 7号楼\"");
		Document document = xml(
				this.client.get("/open311/v2/requests/" + id + ".xml").getResponse().getContentAsByteArray());
		assertThat(text(document, "/service_requests/request/description")).isEqualTo(description);
	}

}
