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

/** A door: its page (people, history) and the worker's forms to add and change it. */
@Controller
class HouseholdController {

	private final Households households;

	HouseholdController(Households households) {
		this.households = households;
	}

	@GetMapping("/ledger/households/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("page", this.households.page(user, id));
		return "ledger/household";
	}

	@GetMapping("/ledger/households/new")
	String createForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long grid,
			Model model) {
		model.addAttribute("grids", this.households.editableGrids(user));
		model.addAttribute("form", HouseholdForm.empty(grid));
		return "ledger/household-form";
	}

	@PostMapping("/ledger/households")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") HouseholdForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				Long id = this.households.create(user, form.details());
				redirect.addFlashAttribute("success", "ledger.household.created");
				return "redirect:/ledger/households/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		model.addAttribute("grids", this.households.editableGrids(user));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "ledger/household-form";
	}

	@GetMapping("/ledger/households/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("form", HouseholdForm.of(this.households.edit(user, id)));
		model.addAttribute("householdId", id);
		model.addAttribute("grids", this.households.editableGrids(user));
		return "ledger/household-form";
	}

	@PostMapping("/ledger/households/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@ModelAttribute("form") HouseholdForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		// out of scope answers 404 (read-only roles 403) before anything about the form is said
		this.households.edit(user, id);
		if (!result.hasErrors()) {
			try {
				this.households.update(user, id, form.version() == null ? -1 : form.version(), form.details());
				redirect.addFlashAttribute("success", "ledger.household.updated");
				return "redirect:/ledger/households/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		model.addAttribute("householdId", id);
		model.addAttribute("grids", this.households.editableGrids(user));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "ledger/household-form";
	}

}
