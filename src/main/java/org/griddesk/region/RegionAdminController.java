package org.griddesk.region;

import java.math.BigDecimal;
import java.util.Comparator;

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

/** The administrator's view of the tree: add a node under another, rename, locate, and move grids and communities. */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController {

	private final Regions regions;

	RegionAdminController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping
	String tree(Model model) {
		model.addAttribute("regions", this.regions.outline());
		return "admin/regions";
	}

	@GetMapping("/{parentId}/new")
	String newChild(@PathVariable Long parentId, Model model) {
		model.addAttribute("form", RegionForm.empty());
		return childForm(parentId, model);
	}

	@PostMapping("/{parentId}/new")
	String create(@PathVariable Long parentId, @Valid @ModelAttribute("form") RegionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return childForm(parentId, model);
		}
		RegionView created;
		try {
			created = this.regions.create(parentId, form.code().strip(), form.name().strip());
		}
		catch (InvalidInputException ex) {
			rejectOn(result, ex);
			return childForm(parentId, model);
		}
		redirect.addFlashAttribute("success", "region.created");
		redirect.addFlashAttribute("successArgs", created.name());
		return "redirect:/admin/regions#region-" + created.code();
	}

	@GetMapping("/{id}")
	String manage(@PathVariable Long id, Model model) {
		return managePage(id, model);
	}

	@PostMapping("/{id}/name")
	String rename(@PathVariable Long id, @Valid @ModelAttribute("nameForm") RegionNameForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.regions.rename(id, form.name().strip());
				return done(id, "region.renamed", redirect);
			}
			catch (InvalidInputException ex) {
				rejectOn(result, ex);
			}
		}
		return managePage(id, model);
	}

	@PostMapping("/{id}/location")
	String locate(@PathVariable Long id, @Valid @ModelAttribute("locationForm") RegionLocationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.regions.locate(id, form.latitude(), form.longitude());
				return done(id, "region.located", redirect);
			}
			catch (InvalidInputException ex) {
				rejectOn(result, ex);
			}
		}
		return managePage(id, model);
	}

	@PostMapping("/{id}/parent")
	String move(@PathVariable Long id, @Valid @ModelAttribute("moveForm") RegionMoveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.regions.move(id, form.parentId());
				return done(id, "region.moved", redirect);
			}
			catch (InvalidInputException ex) {
				rejectOn(result, ex);
			}
		}
		return managePage(id, model);
	}

	private String childForm(Long parentId, Model model) {
		model.addAttribute("parent", this.regions.get(parentId));
		model.addAttribute("ancestry", this.regions.ancestry(parentId));
		return "admin/region-new";
	}

	/** The page of one node with its three forms; a form that failed validation keeps what was typed. */
	private String managePage(Long id, Model model) {
		RegionView region = this.regions.get(id);
		model.addAttribute("region", region);
		model.addAttribute("ancestry", this.regions.ancestry(id));
		model.addAttribute("children",
				this.regions.children(id).stream().sorted(Comparator.comparing(RegionView::code)).toList());
		model.addAttribute("movable", region.level() == RegionLevel.GRID || region.level() == RegionLevel.COMMUNITY);
		model.addAttribute("possibleParents", this.regions.possibleParents(id));
		if (!model.containsAttribute("nameForm")) {
			model.addAttribute("nameForm", new RegionNameForm(region.name()));
		}
		if (!model.containsAttribute("locationForm")) {
			model.addAttribute("locationForm",
					new RegionLocationForm(withoutTrailingZeros(region.latitude()), withoutTrailingZeros(region.longitude())));
		}
		if (!model.containsAttribute("moveForm")) {
			model.addAttribute("moveForm", new RegionMoveForm(region.parentId()));
		}
		return "admin/region";
	}

	/** The database keeps six decimals; 45.260000 reads better as 45.26. */
	private static BigDecimal withoutTrailingZeros(BigDecimal coordinate) {
		return coordinate == null ? null : new BigDecimal(coordinate.stripTrailingZeros().toPlainString());
	}

	private static String done(Long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", message);
		return "redirect:/admin/regions/" + id;
	}

	/** A rule about the parent (a grid has no children, one district) belongs to no field of the form. */
	private static void rejectOn(BindingResult result, InvalidInputException ex) {
		if ("parentId".equals(ex.field()) && !result.getObjectName().equals("moveForm")) {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			ex.reject(result);
		}
	}

}
