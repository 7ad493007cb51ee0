package org.griddesk.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Someone signed in with a password an administrator handed over goes to their account page, and nowhere else, until
 * they have chosen their own: the one-time password must not become the password.
 */
class OneTimePasswordInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.passwordMustChange()) {
			response.sendRedirect(request.getContextPath() + MyAccountController.PATH);
			return false;
		}
		return true;
	}

}
