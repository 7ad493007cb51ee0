package org.griddesk.dispatch;

import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.griddesk.account.CurrentUser;
import org.griddesk.dispatch.DeskForms.EscalateForm;
import org.griddesk.dispatch.DeskForms.HandDownForm;
import org.griddesk.dispatch.DeskForms.ReassignForm;
import org.griddesk.dispatch.DeskForms.ReturnVisitForm;
import org.griddesk.dispatch.DeskForms.UrgeForm;
import org.griddesk.dispatch.DeskForms.WhistleForm;
import org.griddesk.dispatch.DeskForms.WithdrawForm;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Actors;
import org.griddesk.ticket.StaffTicketPage;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.web.InvalidInputException;

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
 * The dispatch desk of the community, street and district command centers: the board of their scope, and the moves
 * open to them on a ticket — their forms sit in dispatch's panel of the staff ticket page ({@code /tickets/{id}}),
 * and every move returns there. A form with a mistake comes back on that page with the message next to the field
 * (400).
 */
@Controller
class CommandDeskController {

	private final CommandDesk desk;

	private final TicketLifecycle lifecycle;

	private final Whistles whistles;

	private final Supervision supervision;

	private final Actors actors;

	private final StaffTicketPage ticketPage;

	CommandDeskController(CommandDesk desk, TicketLifecycle lifecycle, Whistles whistles, Supervision supervision,
			Actors actors, StaffTicketPage ticketPage) {
		this.desk = desk;
		this.lifecycle = lifecycle;
		this.whistles = whistles;
		this.supervision = supervision;
		this.actors = actors;
		this.ticketPage = ticketPage;
	}

	/** A filter value that does not parse (a hand-edited URL) shows the unfiltered board rather than an error. */
	@GetMapping("/command")
	String board(@ModelAttribute("filter") BoardForm filter, BindingResult badFilter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		BoardForm shown = filter == null || badFilter.hasErrors() ? BoardForm.NONE : filter.normalised();
		model.addAttribute("filter", shown);
		model.addAttribute("board", this.desk.board(this.actors.of(user), shown));
		return "dispatch/board";
	}

	/** The dispatch moves live on the one staff ticket page now; old links and bookmarks land there. */
	@GetMapping("/command/tickets/{id}")
	String ticket(@PathVariable Long id) {
		return "redirect:/tickets/" + id;
	}

	@PostMapping("/command/tickets/{id}/reassign")
	String reassign(@PathVariable Long id, @Valid @ModelAttribute("reassignForm") ReassignForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(id, user, "reassign", result, model, response,
				actor -> this.lifecycle.reassign(id, actor, form.regionId(), form.workerId(), form.departmentId(),
						form.reason()),
				() -> done(redirect, "dispatch.flash.reassigned", id));
	}

	@PostMapping("/command/tickets/{id}/escalate")
	String escalate(@PathVariable Long id, @Valid @ModelAttribute("escalateForm") EscalateForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(id, user, "escalate", result, model, response,
				actor -> this.lifecycle.escalate(id, actor, form.reason()), () -> {
					// the desk above lies outside this desk's scope, and so does the ticket now: back to the board
					redirect.addFlashAttribute("success", "dispatch.flash.escalated");
					return "redirect:/command";
				});
	}

	@PostMapping("/command/tickets/{id}/hand-down")
	String handDown(@PathVariable Long id, @Valid @ModelAttribute("handDownForm") HandDownForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(id, user, "handDown", result, model, response,
				actor -> this.lifecycle.handDown(id, actor, form.regionId(), form.reason()),
				() -> done(redirect, "dispatch.flash.handedDown", id));
	}

	@PostMapping("/command/tickets/{id}/urge")
	String urge(@PathVariable Long id, @Valid @ModelAttribute("urgeForm") UrgeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(id, user, "urge", result, model, response,
				actor -> this.supervision.urge(id, actor, form.message()),
				() -> done(redirect, "dispatch.flash.urged", id));
	}

	@PostMapping("/command/tickets/{id}/whistle")
	String whistle(@PathVariable Long id, @Valid @ModelAttribute("whistleForm") WhistleForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(id, user, "whistle", result, model, response,
				actor -> this.whistles.blow(id, actor, form.departmentIds(), form.request(), form.reportInHours()),
				() -> done(redirect, "dispatch.flash.whistleBlown", id));
	}

	@PostMapping("/command/tickets/{id}/whistles/{whistleId}/withdraw")
	String withdraw(@PathVariable Long id, @PathVariable Long whistleId,
			@Valid @ModelAttribute("withdrawForm") WithdrawForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		model.addAttribute("withdrawWhistleId", whistleId);
		return attempt(id, user, "withdraw", result, model, response,
				actor -> this.whistles.withdraw(whistleId, actor, form.reason()),
				() -> done(redirect, "dispatch.flash.whistleWithdrawn", id));
	}

	@PostMapping("/command/tickets/{id}/return-visit")
	String returnVisit(@PathVariable Long id, @Valid @ModelAttribute("returnVisitForm") ReturnVisitForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(id, user, "returnVisit", result, model, response,
				actor -> this.supervision.recordReturnVisit(id, actor, form.outcome(), form.note()),
				() -> done(redirect, "dispatch.flash.returnVisit", id));
	}

	/**
	 * Every move the same way: a valid form goes to its service and on to {@code next}; a form with a mistake (the
	 * binder's or the service's) brings back the staff ticket page with that form open and its messages (400).
	 */
	private String attempt(Long id, CurrentUser user, String action, BindingResult result, Model model,
			HttpServletResponse response, Consumer<Actor> move, Supplier<String> next) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				move.accept(actor);
				return next.get();
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("openAction", action);
		FormModels.ensure(model, "reassignForm", ReassignForm.empty());
		FormModels.ensure(model, "escalateForm", EscalateForm.empty());
		FormModels.ensure(model, "handDownForm", HandDownForm.empty());
		FormModels.ensure(model, "urgeForm", UrgeForm.empty());
		FormModels.ensure(model, "whistleForm", WhistleForm.empty());
		FormModels.ensure(model, "withdrawForm", new WithdrawForm(""));
		FormModels.ensure(model, "returnVisitForm", ReturnVisitForm.empty());
		return this.ticketPage.render(id, actor, model);
	}

	private static String done(RedirectAttributes redirect, String message, Long id) {
		redirect.addFlashAttribute("success", message);
		return "redirect:/tickets/" + id;
	}

}
