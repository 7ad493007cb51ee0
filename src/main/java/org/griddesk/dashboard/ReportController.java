package org.griddesk.dashboard;


import jakarta.validation.Valid;

import org.griddesk.account.CurrentUser;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Actors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The kept reports of a region: the list, writing one now, the printable page and the Excel download. */
@Controller
@RequestMapping("/command/dashboard/reports")
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;

	private final Dashboard dashboard;

	private final Actors actors;

	ReportController(Reports reports, Dashboard dashboard, Actors actors) {
		this.reports = reports;
		this.dashboard = dashboard;
		this.actors = actors;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long region, Model model) {
		Actor actor = this.actors.of(user);
		model.addAttribute("region", this.dashboard.visibleRegion(actor, region));
		model.addAttribute("reports", this.reports.list(actor, region));
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", new ReportForm(ReportKind.WEEKLY, this.dashboard.today(), region));
		}
		return "dashboard/reports";
	}

	@PostMapping
	String generate(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("reportForm") ReportForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Actor actor = this.actors.of(user);
		if (binding.hasErrors()) {
			model.addAttribute("region", this.dashboard.visibleRegion(actor, form.region()));
			model.addAttribute("reports", this.reports.list(actor, form.region()));
			return "dashboard/reports";
		}
		Long id = this.reports.generate(form.kind(), form.region(), form.day(), actor);
		redirect.addFlashAttribute("success", "report.generated");
		return "redirect:/command/dashboard/reports/" + id;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("report", this.reports.view(id, this.actors.of(user)));
		return "dashboard/report";
	}

	@GetMapping("/{id}/workbook")
	ResponseEntity<byte[]> workbook(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Reports.Download download = this.reports.download(id, this.actors.of(user));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName()).build().toString())
			.body(download.bytes());
	}

}
