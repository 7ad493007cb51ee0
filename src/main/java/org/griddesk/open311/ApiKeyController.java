package org.griddesk.open311;

import jakarta.validation.Valid;

import org.griddesk.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's API keys. A new key is shown on the page that answers the creation and nowhere else: it is not
 * put in a flash attribute (which would keep it in the session store until the next page) nor stored anywhere but as
 * a hash.
 */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeyController {

	private final ApiKeys apiKeys;

	ApiKeyController(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", ApiKeyForm.empty());
		return page(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ApiKeyForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("created", this.apiKeys.create(form.name(), form.requestsPerMinute()));
				model.addAttribute("form", ApiKeyForm.empty());
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return page(model);
	}

	@PostMapping("/{id}/limit")
	String limit(@PathVariable Long id, @Valid ApiKeyLimitForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("failure", "open311.apiKey.error.limit");
			return "redirect:/admin/api-keys";
		}
		this.apiKeys.changeLimit(id, form.requestsPerMinute());
		redirect.addFlashAttribute("success", "open311.apiKey.limited");
		return "redirect:/admin/api-keys";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable Long id, RedirectAttributes redirect) {
		this.apiKeys.revoke(id);
		redirect.addFlashAttribute("success", "open311.apiKey.revoked");
		return "redirect:/admin/api-keys";
	}

	private String page(Model model) {
		model.addAttribute("keys", this.apiKeys.all());
		return "open311/api-keys";
	}

}
