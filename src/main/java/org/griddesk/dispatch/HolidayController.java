package org.griddesk.dispatch;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.griddesk.web.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator keeps the district's holiday calendar here. */
@Controller
class HolidayController {

	private final Holidays holidays;

	HolidayController(Holidays holidays) {
		this.holidays = holidays;
	}

	@GetMapping("/admin/holidays")
	String list(@RequestParam(required = false) Integer year, Model model) {
		return show(year, model);
	}

	@PostMapping("/admin/holidays")
	String add(@Valid @ModelAttribute("form") HolidayForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.holidays.add(form.day(), form.working(), form.name());
				redirect.addFlashAttribute("success", "dispatch.holiday.added");
				redirect.addAttribute("year", form.day().getYear());
				return "redirect:/admin/holidays";
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return show(form == null || form.day() == null ? null : form.day().getYear(), model);
	}

	@PostMapping("/admin/holidays/{day}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		this.holidays.remove(day);
		redirect.addFlashAttribute("success", "dispatch.holiday.removed");
		redirect.addAttribute("year", day.getYear());
		return "redirect:/admin/holidays";
	}

	private String show(Integer year, Model model) {
		FormModels.ensure(model, "form", HolidayForm.empty());
		model.addAttribute("calendar", this.holidays.calendar(year));
		return "dispatch/holidays";
	}

	record HolidayForm(@NotNull(message = "{dispatch.holiday.error.day}") @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) LocalDate day, @NotNull Boolean working,
			@NotBlank(message = "{dispatch.error.required}") @Size(max = 64) String name) {

		static HolidayForm empty() {
			return new HolidayForm(null, false, "");
		}

	}

}
