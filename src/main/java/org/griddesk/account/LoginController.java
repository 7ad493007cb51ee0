package org.griddesk.account;

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

@Controller
class LoginController {

	private final Accounts accounts;

	LoginController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	/** Sends every role to its own working home page. */
	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user) {
		return "redirect:" + user.role().home();
	}

	@GetMapping("/register")
	String registrationForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return "account/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmPassword") && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "account.error.passwordMismatch");
		}
		if (result.hasErrors()) {
			return "account/register";
		}
		try {
			this.accounts.registerResident(new RegisterResident(form.displayName().strip(), form.phone(), form.password()));
		}
		catch (InvalidInputException ex) {
			ex.reject(result);
			return "account/register";
		}
		redirect.addFlashAttribute("success", "account.registered");
		redirect.addAttribute("username", form.phone());
		return "redirect:/login";
	}

}
