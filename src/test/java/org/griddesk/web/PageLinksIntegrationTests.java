package org.griddesk.web;

import org.junit.jupiter.api.Test;

import org.griddesk.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Page links are written as the templates give them, and the WebJars behind them are still served. */
@IntegrationTest
class PageLinksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void linksAreNotRewrittenByTheResourceChain() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")))
			.andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")));
	}

	@Test
	void versionlessWebJarsAreServed() throws Exception {
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

}
