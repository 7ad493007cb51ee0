package org.griddesk.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.griddesk.ticket.PhotoUpload;

import org.springframework.web.multipart.MultipartFile;

/** The forms of the command desk and the department inbox. */
final class DeskForms {

	private DeskForms() {
	}

	record ReassignForm(@NotNull(message = "{dispatch.error.pickRegion}") Long regionId, Long workerId,
			Long departmentId, @NotBlank(message = "{dispatch.error.required}") @Size(max = 1000) String reason) {

		static ReassignForm empty() {
			return new ReassignForm(null, null, null, "");
		}

	}

	record EscalateForm(@NotBlank(message = "{dispatch.error.required}") @Size(max = 1000) String reason) {

		static EscalateForm empty() {
			return new EscalateForm("");
		}

	}

	record HandDownForm(@NotNull(message = "{dispatch.error.pickRegion}") Long regionId,
			@NotBlank(message = "{dispatch.error.required}") @Size(max = 1000) String reason) {

		static HandDownForm empty() {
			return new HandDownForm(null, "");
		}

	}

	record UrgeForm(@NotBlank(message = "{dispatch.error.required}") @Size(max = 1000) String message) {

		static UrgeForm empty() {
			return new UrgeForm("");
		}

	}

	record WhistleForm(@NotEmpty(message = "{dispatch.error.pickDepartment}") List<Long> departmentIds,
			@NotBlank(message = "{dispatch.error.required}") @Size(max = 2000) String request,
			@NotNull(message = "{dispatch.error.reportInHours}") @Min(value = 1,
					message = "{dispatch.error.reportInHours}") @Max(value = Whistles.MAX_REPORT_IN_HOURS,
							message = "{dispatch.error.reportInHours}") Integer reportInHours) {

		static WhistleForm empty() {
			return new WhistleForm(List.of(), "", 24);
		}

	}

	record WithdrawForm(@NotBlank(message = "{dispatch.error.required}") @Size(max = 1000) String reason) {
	}

	record ReturnVisitForm(@NotNull(message = "{dispatch.error.pickOutcome}") ReturnVisitOutcome outcome,
			@Size(max = 1000) String note) {

		static ReturnVisitForm empty() {
			return new ReturnVisitForm(null, "");
		}

	}

	/** A department's contribution: a note and up to three photos. */
	record ContributionForm(@NotBlank(message = "{dispatch.error.required}") @Size(max = 2000) String note,
			List<MultipartFile> photos) {

		static ContributionForm empty() {
			return new ContributionForm("", List.of());
		}

		/** The files actually chosen: a file input left empty still sends one nameless, empty part. */
		List<PhotoUpload> uploads() {
			if (this.photos == null) {
				return List.of();
			}
			return this.photos.stream().filter(file -> !file.isEmpty()).map(ContributionForm::upload).toList();
		}

		private static PhotoUpload upload(MultipartFile file) {
			try {
				return new PhotoUpload(file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** A department's report-in or finishing note. */
	record NoteForm(@NotBlank(message = "{dispatch.error.required}") @Size(max = 2000) String note) {

		static NoteForm empty() {
			return new NoteForm("");
		}

	}

}
