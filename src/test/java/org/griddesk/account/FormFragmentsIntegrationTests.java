package org.griddesk.account;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class FormFragmentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	/** "forms :: input" once also pulled in the password fragment's input, doubling every field. */
	@Test
	void everyFieldOfTheRegistrationFormAppearsOnce() throws Exception {
		String page = this.mvc.perform(get("/register")).andReturn().getResponse().getContentAsString();
		for (String field : new String[] { "displayName", "phone", "password", "confirmPassword" }) {
			assertThat(page.split("name=\"" + field + "\"", -1)).as(field).hasSize(2);
		}
	}

}
