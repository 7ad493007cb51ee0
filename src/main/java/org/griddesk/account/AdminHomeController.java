package org.griddesk.account;

import org.griddesk.audit.AuditTrail;
import org.griddesk.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's home: where to manage what, and the latest changes from the audit log. */
@Controller
class AdminHomeController {

	private final AuditTrail audit;

	AdminHomeController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin")
	String home(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<?> entries = this.audit.recent(PageRequest.of(Math.max(0, page), 20));
		model.addAttribute("entries", entries.getContent());
		model.addAttribute("links", PageLinks.of(entries));
		return "admin/home";
	}

}
