package org.griddesk.notification;

import org.griddesk.account.CurrentUser;
import org.griddesk.account.Role;
import org.griddesk.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox every signed-in user has: newest first, open one (which marks it read), or mark all read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private static final int PAGE_SIZE = 20;

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<NotificationView> inbox = this.notifications.inbox(user.id(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("notifications", inbox.getContent());
		model.addAttribute("links", PageLinks.of(inbox));
		return "notification/inbox";
	}

	/** Marks the notification read and goes to its ticket, on the page the reader's role uses for tickets. */
	@PostMapping("/{id}/open")
	String open(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		NotificationView notification = this.notifications.markRead(id, user.id());
		if (notification.ticketId() == null) {
			return "redirect:/notifications";
		}
		String ticketPage = user.is(Role.RESIDENT) ? "/my/tickets/" : "/tickets/";
		return "redirect:" + ticketPage + notification.ticketId();
	}

	@PostMapping("/read")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.notifications.markAllRead(user.id());
		redirect.addFlashAttribute("success", "notification.allRead");
		return "redirect:/notifications";
	}

}
