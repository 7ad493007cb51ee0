package org.griddesk.ticket;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.griddesk.account.CurrentUser;
import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.ledger.HouseholdView;
import org.griddesk.ledger.Ledger;
import org.griddesk.ledger.PersonView;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 代居民登记: a worker finds the resident on the ledger (name, phone, last digits of the ID number) and files the
 * ticket with the person and household filled in — entered once, never retyped.
 */
@Controller
class WorkerFilingController {

	private final Ledger ledger;

	private final Catalog catalog;

	private final TicketLifecycle lifecycle;

	private final Actors actors;

	WorkerFilingController(Ledger ledger, Catalog catalog, TicketLifecycle lifecycle, Actors actors) {
		this.ledger = ledger;
		this.catalog = catalog;
		this.lifecycle = lifecycle;
		this.actors = actors;
	}

	@GetMapping("/worker/tickets/new")
	String start(@RequestParam(required = false) String q, @RequestParam(required = false) Long personId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Actor actor = this.actors.of(user);
		if (personId != null) {
			return form(WorkerFilingForm.forPerson(personId, UUID.randomUUID().toString()), actor, model);
		}
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("matches",
				q == null || q.isBlank() ? List.of() : this.ledger.search(actor.scope(), q.strip()));
		return "worker/file-search";
	}

	@PostMapping("/worker/tickets")
	String file(@Valid @ModelAttribute("form") WorkerFilingForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		PersonView person = personInScope(form.personId(), actor);
		if (!result.hasErrors()) {
			try {
				HouseholdView household = this.ledger.household(person.householdId());
				Long id = this.lifecycle.submit(toCommand(form, person, household), actor);
				redirect.addFlashAttribute("success", "worker.filing.filed");
				return "redirect:/tickets/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(form, actor, model);
	}

	private String form(WorkerFilingForm form, Actor actor, Model model) {
		PersonView person = personInScope(form.personId(), actor);
		// on a failed POST the bound form is already there, with its errors; replacing it would drop them
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("person", person);
		model.addAttribute("household", this.ledger.household(person.householdId()));
		model.addAttribute("categories",
				this.catalog.all().stream().filter(CategoryView::enabled).toList());
		model.addAttribute("channels", List.of(Channel.WALK_IN, Channel.PHONE));
		return "worker/file";
	}

	/** A person outside the worker's grids does not exist for them. */
	private PersonView personInScope(Long personId, Actor actor) {
		PersonView person = this.ledger.person(personId);
		if (!actor.scope().contains(person.gridId())) {
			throw new NotFoundException("person", personId);
		}
		return person;
	}

	private SubmitTicket toCommand(WorkerFilingForm form, PersonView person, HouseholdView household) {
		if (form.channel() != Channel.WALK_IN && form.channel() != Channel.PHONE) {
			throw new InvalidInputException("channel", "worker.filing.error.channel");
		}
		CategoryView category = this.catalog.get(form.categoryId());
		String phone = form.contactPhone() == null || form.contactPhone().isBlank() ? null : form.contactPhone();
		return new SubmitTicket(category.kind(), category.id(), form.title(), form.description(), household.gridId(),
				household.id(), person.id(), household.fullAddress(), phone, form.proxyRequested(),
				form.proxyRequested() ? form.proxyWindow() : null, form.channel(), form.submissionKey());
	}

}
