package org.griddesk.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.griddesk.account.CurrentUser;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload → preview → confirm, and the template files that show the expected columns. */
@Controller
class ImportController {

	private final LedgerImports imports;

	private final LedgerWorkbooks workbooks;

	private final LedgerAccess access;

	ImportController(LedgerImports imports, LedgerWorkbooks workbooks, LedgerAccess access) {
		this.imports = imports;
		this.workbooks = workbooks;
		this.access = access;
	}

	@GetMapping("/ledger/import")
	String uploadForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("grids", this.access.options(this.access.editableGrids(user)));
		model.addAttribute("columns", ImportColumn.values());
		return "ledger/import";
	}

	@PostMapping("/ledger/import")
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new ImportFileException("ledger.import.emptyFile");
			}
			UUID id = this.imports.upload(user, file.getOriginalFilename(), file.getBytes());
			return "redirect:/ledger/import/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("grids", this.access.options(this.access.editableGrids(user)));
			model.addAttribute("columns", ImportColumn.values());
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArgs", MessageArguments.first(ex.arguments()));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "ledger/import";
		}
	}

	@GetMapping("/ledger/import/{id}")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("preview", this.imports.preview(user, id));
		return "ledger/preview";
	}

	/** A refused confirmation leaves the ledger untouched and says why on the preview. */
	@PostMapping("/ledger/import/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean skipRejected, RedirectAttributes redirect) {
		ImportResult result;
		try {
			result = this.imports.commit(user, id, skipRejected);
		}
		catch (ConflictException ex) {
			if ("ledger.import.stale".equals(ex.messageKey())) {
				throw ex;
			}
			redirect.addFlashAttribute("failure", ex.messageKey());
			redirect.addFlashAttribute("failureArgs", MessageArguments.first(ex.arguments()));
			return "redirect:/ledger/import/" + id;
		}
		redirect.addFlashAttribute("importDone", new ArrayList<>(List.of(result.created(), result.updated(),
				result.skipped(), result.householdsCreated())));
		return "redirect:/ledger";
	}

	@GetMapping("/ledger/import/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(Locale locale) {
		return download("ledger-template.xlsx", MediaType.parseMediaType(LedgerWorkbooks.XLSX),
				this.workbooks.templateXlsx(locale));
	}

	@GetMapping("/ledger/import/template.csv")
	ResponseEntity<byte[]> templateCsv(Locale locale) {
		return download("ledger-template.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				this.workbooks.templateCsv(locale));
	}

	private static ResponseEntity<byte[]> download(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(body);
	}

}
