package org.griddesk.ticket;

import java.util.Locale;

import org.griddesk.account.CurrentUser;
import org.griddesk.catalog.Catalog;
import org.griddesk.web.PageLinks;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grid worker's home (工单队列): what waits to be accepted, what they have in hand, what was recently resolved,
 * and a search over their grids. Accepting is one click; with htmx only the ticket's line is redrawn.
 */
@Controller
class WorkerQueueController {

	static final int PAGE_SIZE = 20;

	private final WorkerQueue queue;

	private final TicketLifecycle lifecycle;

	private final Actors actors;

	private final Catalog catalog;

	private final MessageSource messages;

	WorkerQueueController(WorkerQueue queue, TicketLifecycle lifecycle, Actors actors,
			Catalog catalog, MessageSource messages) {
		this.queue = queue;
		this.lifecycle = lifecycle;
		this.actors = actors;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/worker/queue")
	String queue(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") WorkerQueueSearch search,
			@RequestParam(defaultValue = "0") int page, Model model) {
		QueueSection section = search.section();
		WorkerQueuePage shown = this.queue.page(this.actors.of(user), section, search.filter(),
				PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("section", section);
		model.addAttribute("sections", QueueSection.values());
		model.addAttribute("rows", shown.rows().getContent());
		model.addAttribute("links", PageLinks.of(shown.rows()));
		model.addAttribute("counts", shown.counts());
		model.addAttribute("categories", this.catalog.all());
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("recentDays", WorkerQueue.RECENTLY_RESOLVED_DAYS);
		return "worker/queue";
	}

	/**
	 * 接单 from the queue. Of two workers clicking at once one wins; the other is told on the queue who took the
	 * ticket and when — in the redrawn line for htmx, in a flash message otherwise.
	 */
	@PostMapping("/worker/queue/{id}/accept")
	String accept(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect, Locale locale) {
		QueueAcceptance acceptance = this.lifecycle.acceptFromQueue(id, this.actors.of(user));
		String notice = acceptance.won() ? null
				: this.messages.getMessage(acceptance.lost().messageKey(), acceptance.lost().arguments(), locale);
		if (htmx != null) {
			model.addAttribute("row", acceptance.row());
			model.addAttribute("section", QueueSection.TO_ACCEPT);
			model.addAttribute("accepted", acceptance.won());
			model.addAttribute("notice", notice);
			return "worker/queue :: item";
		}
		if (acceptance.won()) {
			redirect.addFlashAttribute("success", "worker.flash.acceptedNumber");
			redirect.addFlashAttribute("successArgs", acceptance.row().number());
		}
		else {
			// the layout passes one argument to a flash message; this one has three, so it travels formatted
			redirect.addFlashAttribute("failure", "worker.flash.text");
			redirect.addFlashAttribute("failureArgs", notice);
		}
		return "redirect:/worker/queue";
	}

}
