package org.griddesk.ticket;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.griddesk.account.CurrentUser;
import org.griddesk.account.Role;
import org.griddesk.web.DateTimes;
import org.griddesk.web.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff ticket page (工单详情) every staff role shares: the facts, the deadline, the timeline, the other modules'
 * panels, and the actions its reader may take. Outside the reader's scope the ticket does not exist (404); an action
 * the life cycle refuses is a 409 page, except a lost accept race, which is told on the page itself.
 */
@Controller
class StaffTicketController implements StaffTicketPage {

	private static final Set<Role> STAFF = Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_COMMANDER,
			Role.DISTRICT_COMMANDER, Role.DEPARTMENT_STAFF);

	private final StaffTicketReading reading;

	private final TicketLifecycle lifecycle;

	private final Actors actors;

	private final DateTimes dates;

	private final Clock clock;

	private final MessageSource messages;

	StaffTicketController(StaffTicketReading reading, TicketLifecycle lifecycle, Actors actors, DateTimes dates,
			Clock clock, MessageSource messages) {
		this.reading = reading;
		this.lifecycle = lifecycle;
		this.actors = actors;
		this.dates = dates;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/tickets/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, staff(user), model);
	}

	@PostMapping("/tickets/{id}/accept")
	String accept(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.lifecycle.accept(id, staff(user));
			redirect.addFlashAttribute("success", "worker.flash.accepted");
		}
		catch (AlreadyAcceptedException ex) {
			// the layout passes one argument to a flash message; this one has three, so it travels formatted
			redirect.addFlashAttribute("failure", "worker.flash.text");
			redirect.addFlashAttribute("failureArgs", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/tickets/{id}/start")
	String start(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.lifecycle.start(id, staff(user));
		redirect.addFlashAttribute("success", "worker.flash.started");
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/tickets/{id}/notes")
	String addNote(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("noteForm") StaffNoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = staff(user);
		model.addAttribute("notePhotosDropped", form.hasPhotos());
		return attempt(id, actor, result, model, redirect, response, "note", "worker.flash.noted",
				() -> this.lifecycle.addNote(id, actor, form.note(), form.uploads()));
	}

	@PostMapping("/tickets/{id}/proxy-visits")
	String recordProxyVisit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("visitForm") StaffProxyVisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = staff(user);
		return attempt(id, actor, result, model, redirect, response, "visit", "worker.flash.visitRecorded",
				() -> this.lifecycle.recordProxyVisit(id, actor, form.toCommand(this.dates.zone())));
	}

	@PostMapping("/tickets/{id}/resolve")
	String resolve(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("resolveForm") StaffResolveForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = staff(user);
		return attempt(id, actor, result, model, redirect, response, "resolve", "worker.flash.resolved",
				() -> this.lifecycle.resolve(id, actor, form.resolution()));
	}

	@PostMapping("/tickets/{id}/reject")
	String reject(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("rejectForm") StaffRejectForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = staff(user);
		return attempt(id, actor, result, model, redirect, response, "reject", "worker.flash.rejected",
				() -> this.lifecycle.reject(id, actor, form.reason()));
	}

	@Override
	public String render(Long ticketId, Actor actor, Model model) {
		return page(ticketId, actor, model);
	}

	/** Residents follow their tickets on their own pages; this one shows what only staff may read. */
	private Actor staff(CurrentUser user) {
		if (!STAFF.contains(user.role())) {
			throw new AccessDeniedException("staff ticket page");
		}
		return this.actors.of(user);
	}

	/** Makes a form's change and returns to the ticket, unless the form or the change is refused. */
	private String attempt(Long id, Actor actor, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String form, String success, Runnable change) {
		if (!result.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("success", success);
				return "redirect:/tickets/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response, form);
	}

	/** The page again with the refused form open, what was typed kept and the message next to the field. */
	private String invalid(Long id, Actor actor, Model model, HttpServletResponse response, String form) {
		String view = page(id, actor, model);
		model.addAttribute("failed", form);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view;
	}

	private String page(Long id, Actor actor, Model model) {
		StaffTicketReading.StaffTicketContent content = this.reading.read(id, actor);
		TicketDetail detail = content.detail();
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), this.dates.zone())
			.truncatedTo(ChronoUnit.MINUTES);
		model.addAttribute("ticket", detail.ticket());
		model.addAttribute("timeline", detail.timeline());
		model.addAttribute("visits", detail.proxyVisits());
		model.addAttribute("actions", StaffTicketActions.of(detail));
		model.addAttribute("panels", content.panels());
		model.addAttribute("visitMax", StaffProxyVisitForm.startingAt(now).visitedAt());
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", StaffNoteForm.empty());
		}
		if (!model.containsAttribute("visitForm")) {
			model.addAttribute("visitForm", StaffProxyVisitForm.startingAt(now));
		}
		if (!model.containsAttribute("resolveForm")) {
			model.addAttribute("resolveForm", StaffResolveForm.empty());
		}
		if (!model.containsAttribute("rejectForm")) {
			model.addAttribute("rejectForm", StaffRejectForm.empty());
		}
		return "ticket/detail";
	}

}
