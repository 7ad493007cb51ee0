package org.griddesk.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** MockMvc requests signed in as a demo account, with the same principal a real sign-in produces. */
public final class DemoUsers {

	private DemoUsers() {
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}

}
