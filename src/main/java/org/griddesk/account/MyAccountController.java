package org.griddesk.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.griddesk.web.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account: their e-mail address for notifications, and their password. */
@Controller
class MyAccountController {

	static final String PATH = "/account";

	private static final String VIEW = "account/profile";

	private final Accounts accounts;

	MyAccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountView account = this.accounts.get(user.id());
		model.addAttribute("emailForm", new EmailForm(account.email()));
		model.addAttribute("passwordForm", PasswordChangeForm.empty());
		return show(account, model);
	}

	@PostMapping(PATH + "/email")
	String changeEmail(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", PasswordChangeForm.empty());
			return show(this.accounts.get(user.id()), model);
		}
		this.accounts.changeEmail(user.id(), form.email());
		redirect.addFlashAttribute("success", "profile.emailSaved");
		return "redirect:" + PATH;
	}

	/** A changed password ends every session of the account, so its owner signs in anew with it. */
	@PostMapping(PATH + "/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
			HttpServletRequest request) throws ServletException {
		if (!result.hasFieldErrors("confirmPassword") && !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "account.error.passwordMismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword());
				request.logout();
				return "redirect:/login?passwordChanged";
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		AccountView account = this.accounts.get(user.id());
		model.addAttribute("emailForm", new EmailForm(account.email()));
		return show(account, model);
	}

	private static String show(AccountView account, Model model) {
		model.addAttribute("account", account);
		return VIEW;
	}

}
