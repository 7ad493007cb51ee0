package org.griddesk.open311;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;


/** A GeoReport client over MockMvc: anonymous, no session, form-encoded POSTs as the spec sends them. */
final class Open311Client {

	static final String DEMO_KEY = "griddesk-demo-key";

	/** Inside 红旗社区 第一网格 (HQ-G1), whose demo centroid is 45.2600, 130.9200. */
	static final String HQ_G1_LAT = "45.2601";

	static final String HQ_G1_LONG = "130.9202";

	private final MockMvc mvc;

	Open311Client(MockMvc mvc) {
		this.mvc = mvc;
	}

	MvcResult get(String path, String... params) throws Exception {
		return this.mvc.perform(withParams(MockMvcRequestBuilders.get(path), params)).andReturn();
	}

	MvcResult post(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.characterEncoding(StandardCharsets.UTF_8);
		return this.mvc.perform(withParams(request, params)).andReturn();
	}

	/** Files a C01 环境卫生 request in HQ-G1 with the demo key and answers its service_request_id. */
	String fileInHqG1(String description, String... more) throws Exception {
		String[] params = concat(new String[] { "api_key", DEMO_KEY, "service_code", "C01", "lat", HQ_G1_LAT, "long",
				HQ_G1_LONG, "description", description }, more);
		MvcResult result = post("/open311/v2/requests.json", params);
		String body = body(result);
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("filing failed: " + body);
		}
		return body.replaceAll("(?s).*\"service_request_id\":\"([^\"]+)\".*", "$1");
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, String... params) {
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

}
