package org.griddesk.dispatch;

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
import org.griddesk.dispatch.DeskViews.DeskTicket;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Actors;
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
 * The dispatch desk of the community, street and district command centers: the board of their scope, and one ticket
 * with the moves open to them. A form with a mistake comes back with the message next to the field (400).
 */
@Controller
class CommandDeskController {

	private static final String TICKET_PAGE = "dispatch/ticket";

	private final CommandDesk desk;

	private final TicketLifecycle lifecycle;

	private final Whistles whistles;

	private final Supervision supervision;

	private final Actors actors;

	CommandDeskController(CommandDesk desk, TicketLifecycle lifecycle, Whistles whistles, Supervision supervision,
			Actors actors) {
		this.desk = desk;
		this.lifecycle = lifecycle;
		this.whistles = whistles;
		this.supervision = supervision;
		this.actors = actors;
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

	@GetMapping("/command/tickets/{id}")
	String ticket(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, this.actors.of(user), model);
	}

	@PostMapping("/command/tickets/{id}/reassign")
	String reassign(@PathVariable Long id, @Valid @ModelAttribute("reassignForm") ReassignForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.lifecycle.reassign(id, actor, form.regionId(), form.workerId(), form.departmentId(),
						form.reason());
				return done(redirect, "dispatch.flash.reassigned", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response, "reassign");
	}

	@PostMapping("/command/tickets/{id}/escalate")
	String escalate(@PathVariable Long id, @Valid @ModelAttribute("escalateForm") EscalateForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.lifecycle.escalate(id, actor, form.reason());
				// the desk above may lie outside this desk's scope: back to the board
				redirect.addFlashAttribute("success", "dispatch.flash.escalated");
				return "redirect:/command";
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response, "escalate");
	}

	@PostMapping("/command/tickets/{id}/hand-down")
	String handDown(@PathVariable Long id, @Valid @ModelAttribute("handDownForm") HandDownForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.lifecycle.handDown(id, actor, form.regionId(), form.reason());
				return done(redirect, "dispatch.flash.handedDown", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response, "handDown");
	}

	@PostMapping("/command/tickets/{id}/urge")
	String urge(@PathVariable Long id, @Valid @ModelAttribute("urgeForm") UrgeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.supervision.urge(id, actor, form.message());
				return done(redirect, "dispatch.flash.urged", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response, "urge");
	}

	@PostMapping("/command/tickets/{id}/whistle")
	String whistle(@PathVariable Long id, @Valid @ModelAttribute("whistleForm") WhistleForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.whistles.blow(id, actor, form.departmentIds(), form.request(), form.reportInHours());
				return done(redirect, "dispatch.flash.whistleBlown", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response, "whistle");
	}

	@PostMapping("/command/tickets/{id}/whistles/{whistleId}/withdraw")
	String withdraw(@PathVariable Long id, @PathVariable Long whistleId,
			@Valid @ModelAttribute("withdrawForm") WithdrawForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.whistles.withdraw(whistleId, actor, form.reason());
				return done(redirect, "dispatch.flash.whistleWithdrawn", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		model.addAttribute("withdrawWhistleId", whistleId);
		return invalid(id, actor, model, response, "withdraw");
	}

	@PostMapping("/command/tickets/{id}/return-visit")
	String returnVisit(@PathVariable Long id, @Valid @ModelAttribute("returnVisitForm") ReturnVisitForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.supervision.recordReturnVisit(id, actor, form.outcome(), form.note());
				return done(redirect, "dispatch.flash.returnVisit", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response, "returnVisit");
	}

	private static String done(RedirectAttributes redirect, String message, Long id) {
		redirect.addFlashAttribute("success", message);
		return "redirect:/command/tickets/" + id;
	}

	/** The page again with the failed form opened, its messages next to the fields. */
	private String invalid(Long id, Actor actor, Model model, HttpServletResponse response, String action) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("openAction", action);
		return page(id, actor, model);
	}

	private String page(Long id, Actor actor, Model model) {
		DeskTicket desk = this.desk.ticket(id, actor);
		model.addAttribute("desk", desk);
		model.addAttribute("panel", desk.panel());
		model.addAttribute("onDesk", true);
		FormModels.ensure(model, "reassignForm", ReassignForm.empty());
		FormModels.ensure(model, "escalateForm", EscalateForm.empty());
		FormModels.ensure(model, "handDownForm", HandDownForm.empty());
		FormModels.ensure(model, "urgeForm", UrgeForm.empty());
		FormModels.ensure(model, "whistleForm", WhistleForm.empty());
		FormModels.ensure(model, "withdrawForm", new WithdrawForm(""));
		FormModels.ensure(model, "returnVisitForm", ReturnVisitForm.empty());
		return TICKET_PAGE;
	}

}
