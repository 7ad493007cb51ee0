package org.griddesk.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;
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

/** The responsibility list: which level or department owns each kind of matter, and its deadlines. */
@Controller
@RequestMapping("/admin/categories")
class CategoryAdminController {

	private final Catalog catalog;

	private final Departments departments;

	CategoryAdminController(Catalog catalog, Departments departments) {
		this.catalog = catalog;
		this.departments = departments;
	}

	@GetMapping
	String list(Model model) {
		Map<Long, String> departmentNames = this.departments.all()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
		Map<TicketKind, List<CategoryRow>> byKind = new LinkedHashMap<>();
		Arrays.stream(TicketKind.values()).forEach(kind -> byKind.put(kind, new ArrayList<>()));
		this.catalog.all()
			.forEach(category -> byKind.get(category.kind())
				.add(new CategoryRow(category, departmentNames.get(category.departmentId()))));
		model.addAttribute("categoriesByKind", byKind);
		return "admin/categories";
	}

	@GetMapping("/new")
	String newCategory(Model model) {
		model.addAttribute("form", CategoryForm.empty());
		return formPage(null, model);
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, CategoryForm.Adding.class }) @ModelAttribute("form") CategoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formPage(null, model);
		}
		try {
			this.catalog.create(form.code().strip(), form.toDefinition());
		}
		catch (InvalidInputException ex) {
			ex.reject(result);
			return formPage(null, model);
		}
		redirect.addFlashAttribute("success", "category.created");
		redirect.addFlashAttribute("successArgs", form.name().strip());
		return "redirect:/admin/categories#category-" + form.code().strip();
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		CategoryView category = this.catalog.get(id);
		model.addAttribute("form", CategoryForm.of(category));
		return formPage(category, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CategoryView category = this.catalog.get(id);
		if (!result.hasErrors()) {
			try {
				this.catalog.update(id, form.toDefinition());
				redirect.addFlashAttribute("success", "category.updated");
				redirect.addFlashAttribute("successArgs", form.name().strip());
				return "redirect:/admin/categories#category-" + category.code();
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		return formPage(category, model);
	}

	private String formPage(CategoryView category, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("kinds", TicketKind.values());
		model.addAttribute("ownerLevels", OwnerLevel.values());
		model.addAttribute("windowCalendars", WindowCalendar.values());
		model.addAttribute("departments", this.departments.all());
		return "admin/category-form";
	}

}
