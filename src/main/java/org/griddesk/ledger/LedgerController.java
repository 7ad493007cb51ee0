package org.griddesk.ledger;

import java.util.Locale;
import java.util.Optional;

import org.griddesk.account.CurrentUser;
import org.griddesk.web.PageLinks;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The ledger's front page: the doors of the user's scope, searchable and filtered, and the Excel export. */
@Controller
class LedgerController {

	private final Households households;

	private final LedgerExport export;

	LedgerController(Households households, LedgerExport export) {
		this.households = households;
		this.export = export;
	}

	@GetMapping("/ledger")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long grid, @RequestParam(required = false) PersonTag tag,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LedgerListPage list = this.households.list(user, new LedgerFilter(q, grid, tag), page);
		model.addAttribute("list", list);
		model.addAttribute("links", PageLinks.of(list.households()));
		model.addAttribute("q", q);
		model.addAttribute("grid", grid);
		model.addAttribute("tag", tag);
		model.addAttribute("tags", PersonTag.values());
		model.addAttribute("base", UriComponentsBuilder.fromPath("/ledger")
			.queryParamIfPresent("q", Optional.of(q).filter(text -> !text.isBlank()))
			.queryParamIfPresent("grid", Optional.ofNullable(grid))
			.queryParamIfPresent("tag", Optional.ofNullable(tag))
			.encode()
			.build()
			.toUriString());
		return "ledger/list";
	}

	@GetMapping("/ledger/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long grid, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ledger.xlsx").build().toString())
			.contentType(MediaType.parseMediaType(LedgerWorkbooks.XLSX))
			.body(this.export.export(user, grid, locale));
	}

}
