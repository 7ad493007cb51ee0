package org.griddesk.dispatch;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.griddesk.account.CurrentUser;
import org.griddesk.dispatch.DepartmentInbox.WhistlePage;
import org.griddesk.dispatch.DeskForms.ContributionForm;
import org.griddesk.dispatch.DeskForms.NoteForm;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Actors;
import org.griddesk.ticket.TicketPhotos;
import org.griddesk.web.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department's inbox and its work on a whistle: report in (报到), contribute, finish its part. */
@Controller
class DepartmentController {

	private final DepartmentInbox inbox;

	private final Whistles whistles;

	private final Actors actors;

	DepartmentController(DepartmentInbox inbox, Whistles whistles, Actors actors) {
		this.inbox = inbox;
		this.whistles = whistles;
		this.actors = actors;
	}

	@GetMapping("/department/inbox")
	String inbox(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int ticketPage,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("inbox", this.inbox.inbox(this.actors.of(user), page, ticketPage));
		return "dispatch/inbox";
	}

	@GetMapping("/department/whistles/{id}")
	String whistle(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, this.actors.of(user), model);
	}

	@PostMapping("/department/whistles/{id}/report-in")
	String reportIn(@PathVariable Long id, @Valid @ModelAttribute("reportInForm") NoteForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.whistles.reportIn(id, actor, form.note());
				return done(redirect, "dispatch.flash.reportedIn", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response);
	}

	@PostMapping("/department/whistles/{id}/contributions")
	String contribute(@PathVariable Long id, @Valid @ModelAttribute("contributionForm") ContributionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.whistles.contribute(id, actor, form.note(), form.uploads());
				return done(redirect, "dispatch.flash.contributed", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response);
	}

	@PostMapping("/department/whistles/{id}/done")
	String finish(@PathVariable Long id, @Valid @ModelAttribute("doneForm") NoteForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (!result.hasErrors()) {
			try {
				this.whistles.finish(id, actor, form.note());
				return done(redirect, "dispatch.flash.partDone", id);
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return invalid(id, actor, model, response);
	}

	private static String done(RedirectAttributes redirect, String message, Long id) {
		redirect.addFlashAttribute("success", message);
		return "redirect:/department/whistles/" + id;
	}

	private String invalid(Long id, Actor actor, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, actor, model);
	}

	private String page(Long id, Actor actor, Model model) {
		WhistlePage page = this.inbox.whistle(id, actor);
		model.addAttribute("page", page);
		model.addAttribute("panel", page.panel());
		FormModels.ensure(model, "reportInForm", NoteForm.empty());
		FormModels.ensure(model, "contributionForm", ContributionForm.empty());
		FormModels.ensure(model, "doneForm", NoteForm.empty());
		model.addAttribute("maxPhotos", TicketPhotos.MAX_PHOTOS);
		return "dispatch/whistle";
	}

}
