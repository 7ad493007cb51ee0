package org.griddesk.account;

import java.util.Arrays;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.griddesk.region.Departments;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.Regions;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff accounts: who works in which role for which regions or department. A new or reset password is shown to the
 * administrator exactly once, on the page after the change (a flash attribute), to be handed over in person.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final int PAGE_SIZE = 20;

	private final Accounts accounts;

	private final Regions regions;

	private final Departments departments;

	AccountAdminController(Accounts accounts, Regions regions, Departments departments) {
		this.accounts = accounts;
		this.regions = regions;
		this.departments = departments;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<StaffRow> rows = this.accounts.directory(q, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("links", PageLinks.of(rows));
		model.addAttribute("q", q);
		model.addAttribute("base", q.isBlank() ? "/admin/accounts"
				: UriComponentsBuilder.fromPath("/admin/accounts").queryParam("q", q).encode().toUriString());
		return "admin/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", StaffAccountForm.empty());
		return formPage(null, model);
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, StaffAccountForm.Creating.class }) @ModelAttribute("form") StaffAccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formPage(null, model);
		}
		String password;
		try {
			password = this.accounts.createStaff(form.toCommand(form.username(), form.role()));
		}
		catch (InvalidInputException ex) {
			reject(result, ex, form.role());
			return formPage(null, model);
		}
		redirect.addFlashAttribute("success", "account.created");
		redirect.addFlashAttribute("successArgs", form.username().strip());
		handOver(redirect, form.username().strip(), password);
		return "redirect:/admin/accounts";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		AccountView account = this.accounts.staffMember(id);
		model.addAttribute("form", StaffAccountForm.of(account));
		return formPage(account, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") StaffAccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.staffMember(id);
		if (!result.hasErrors()) {
			try {
				this.accounts.updateStaff(id, form.toCommand(account.username(), account.role()));
				redirect.addFlashAttribute("success", "account.updated");
				redirect.addFlashAttribute("successArgs", account.username());
				return "redirect:/admin/accounts/" + id;
			}
			catch (InvalidInputException ex) {
				reject(result, ex, account.role());
			}
		}
		return formPage(account, model);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		this.accounts.setEnabled(id, enabled);
		redirect.addFlashAttribute("success", enabled ? "account.enabled" : "account.disabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, RedirectAttributes redirect) {
		String password = this.accounts.resetPassword(id);
		redirect.addFlashAttribute("success", "account.passwordReset");
		handOver(redirect, this.accounts.get(id).username(), password);
		return "redirect:/admin/accounts/" + id;
	}

	/** Only the next page shows the password; nothing keeps it after that. */
	private static void handOver(RedirectAttributes redirect, String username, String password) {
		redirect.addFlashAttribute("issuedFor", username);
		redirect.addFlashAttribute("issuedPassword", password);
	}

	private String formPage(AccountView account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(role -> role != Role.RESIDENT).toList());
		model.addAttribute("grids", this.regions.options(RegionLevel.GRID));
		model.addAttribute("communities", this.regions.options(RegionLevel.COMMUNITY));
		model.addAttribute("streets", this.regions.options(RegionLevel.STREET));
		model.addAttribute("districts", this.regions.options(RegionLevel.DISTRICT));
		model.addAttribute("departments", this.departments.all());
		return "admin/account-form";
	}

	/** The service names "regionIds"; on the form they live in the field of the role's level. */
	private static void reject(BindingResult result, InvalidInputException ex, Role role) {
		if ("regionIds".equals(ex.field()) && role != null) {
			result.rejectValue(StaffAccountForm.regionField(role), ex.messageKey(), ex.arguments(), null);
		}
		else {
			ex.reject(result);
		}
	}

}
