package org.griddesk.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form whose CSRF token the session no longer holds (the sign-in timed out while the form was open, or another tab
 * signed in again) is refused like any forbidden request, but the error page then says what happened and what to do
 * instead of claiming the account lacks a permission.
 */
final class ExpiredFormHandler implements AccessDeniedHandler {

	/** The request attribute {@code error/403.html} reads. */
	static final String EXPIRED_FORM = "expiredForm";

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof CsrfException) {
			request.setAttribute(EXPIRED_FORM, Boolean.TRUE);
		}
		this.forbidden.handle(request, response, denied);
	}

}
