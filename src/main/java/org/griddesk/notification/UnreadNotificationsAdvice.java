package org.griddesk.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.griddesk.account.CurrentUser;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the unread count into every full page, for the badge in the layout's header. It is counted only when a page
 * shows it: a form post that redirects, or a file download, costs no query.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

	private final UnreadBadge badge;

	UnreadNotificationsAdvice(UnreadBadge badge) {
		this.badge = badge;
	}

	/** Signed-out visitors and htmx partials (which render no header) get none. */
	@ModelAttribute("unreadNotifications")
	LazyContextVariable<Long> unreadNotifications(@AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request) {
		if (user == null || request.getHeader("HX-Request") != null) {
			return null;
		}
		return new LazyContextVariable<>() {
			@Override
			protected Long loadValue() {
				return UnreadNotificationsAdvice.this.badge.count(user.id());
			}
		};
	}

}
