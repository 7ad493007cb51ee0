package org.griddesk.region;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.griddesk.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

	private final Departments departments;

	DepartmentAdminController(Departments departments) {
		this.departments = departments;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("departments", this.departments.all());
		return "admin/departments";
	}

	@GetMapping("/new")
	String newDepartment(Model model) {
		model.addAttribute("form", DepartmentForm.empty());
		return "admin/department-form";
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, DepartmentForm.Adding.class }) @ModelAttribute("form") DepartmentForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/department-form";
		}
		try {
			this.departments.create(form.code().strip(), form.name().strip(), form.phoneOrNull());
		}
		catch (InvalidInputException ex) {
			ex.reject(result);
			return "admin/department-form";
		}
		redirect.addFlashAttribute("success", "department.created");
		redirect.addFlashAttribute("successArgs", form.name().strip());
		return "redirect:/admin/departments";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		DepartmentView department = this.departments.get(id);
		model.addAttribute("department", department);
		model.addAttribute("form", DepartmentForm.of(department));
		return "admin/department-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.departments.update(id, form.name().strip(), form.phoneOrNull(), form.isEnabled());
				redirect.addFlashAttribute("success", "department.updated");
				redirect.addFlashAttribute("successArgs", form.name().strip());
				return "redirect:/admin/departments";
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		model.addAttribute("department", this.departments.get(id));
		return "admin/department-form";
	}

}
