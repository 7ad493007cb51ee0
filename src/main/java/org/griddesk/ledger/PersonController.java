package org.griddesk.ledger;

import jakarta.servlet.http.HttpServletResponse;

import org.griddesk.account.CurrentUser;
import org.griddesk.web.InvalidInputException;

import org.springframework.http.HttpStatus;
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

/**
 * A person: the page (details, history, access log), the worker's forms to add, change, move and mark them, and
 * revealing an identity number or phone with a reason.
 */
@Controller
class PersonController {

	private final Persons persons;

	PersonController(Persons persons) {
		this.persons = persons;
	}

	@GetMapping("/ledger/persons/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("page", this.persons.page(user, id));
		model.addAttribute("statuses", PersonStatus.values());
		return "ledger/person";
	}

	@GetMapping("/ledger/households/{householdId}/persons/new")
	String createForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long householdId, Model model) {
		model.addAttribute("household", this.persons.householdForNewPerson(user, householdId));
		model.addAttribute("form", PersonForm.empty());
		return formView(model);
	}

	@PostMapping("/ledger/households/{householdId}/persons")
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable Long householdId,
			@ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("household", this.persons.householdForNewPerson(user, householdId));
		if (!result.hasErrors()) {
			try {
				Long id = this.persons.create(user, householdId, form.details());
				redirect.addFlashAttribute("success", "ledger.person.created");
				return "redirect:/ledger/persons/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return formView(model);
	}

	@GetMapping("/ledger/persons/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		PersonEdit edit = this.persons.edit(user, id);
		model.addAttribute("edit", edit);
		model.addAttribute("household", edit.household());
		model.addAttribute("form", PersonForm.of(edit));
		return formView(model);
	}

	@PostMapping("/ledger/persons/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PersonEdit edit = this.persons.edit(user, id);
		model.addAttribute("edit", edit);
		model.addAttribute("household", edit.household());
		if (!result.hasErrors()) {
			try {
				this.persons.update(user, id, form.version() == null ? -1 : form.version(), form.details());
				redirect.addFlashAttribute("success", "ledger.person.updated");
				return "redirect:/ledger/persons/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return formView(model);
	}

	@GetMapping("/ledger/persons/{id}/move")
	String moveForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("move", this.persons.moveOptions(user, id, q));
		model.addAttribute("q", q);
		model.addAttribute("relations", Relation.values());
		return "ledger/move";
	}

	@PostMapping("/ledger/persons/{id}/move")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Long householdId, @RequestParam(required = false) Relation relation,
			RedirectAttributes redirect) {
		try {
			this.persons.move(user, id, householdId, relation);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			redirect.addFlashAttribute("failureArgs", MessageArguments.first(ex.arguments()));
			return "redirect:/ledger/persons/" + id + "/move";
		}
		redirect.addFlashAttribute("success", "ledger.person.moved");
		return "redirect:/ledger/persons/" + id;
	}

	@PostMapping("/ledger/persons/{id}/status")
	String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) PersonStatus status, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		this.persons.changeStatus(user, id, status, note);
		redirect.addFlashAttribute("success", "ledger.person.statusChanged");
		return "redirect:/ledger/persons/" + id;
	}

	/**
	 * Reveals one value and shows it on the next page only (a flash attribute); a missing reason re-shows the page
	 * with the message next to the reason field.
	 */
	@PostMapping("/ledger/persons/{id}/reveal")
	String reveal(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) PersonalDataField field, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			String value = this.persons.reveal(user, id, field, reason);
			redirect.addFlashAttribute(field == PersonalDataField.ID_NUMBER ? "revealedIdNumber" : "revealedPhone",
					value);
			return "redirect:/ledger/persons/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", this.persons.page(user, id));
			model.addAttribute("statuses", PersonStatus.values());
			model.addAttribute("revealField", field);
			model.addAttribute("revealError", ex.messageKey());
			model.addAttribute("revealErrorArgs", MessageArguments.first(ex.arguments()));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "ledger/person";
		}
	}

	private static String formView(Model model) {
		model.addAttribute("genders", Gender.values());
		model.addAttribute("relations", Relation.values());
		model.addAttribute("allTags", PersonTag.values());
		return "ledger/person-form";
	}

}
