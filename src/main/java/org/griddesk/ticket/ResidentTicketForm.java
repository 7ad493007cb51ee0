package org.griddesk.ticket;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.griddesk.catalog.TicketKind;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a resident types into "submit a matter". The location is either their own household ({@code householdId}, for
 * an account linked to the ledger) or a grid and a free address: the street and community only narrow the grid
 * pickers; the grid is what routing uses. The submission key is made when the form is first shown and travels with
 * every re-display.
 */
record ResidentTicketForm(@NotNull(message = "{ticket.form.kindRequired}") TicketKind kind,
		@NotNull(message = "{ticket.form.categoryRequired}") Long categoryId,
		@NotBlank(message = "{ticket.error.textRequired}") @Size(max = TicketLifecycle.TITLE_MAX,
				message = "{ticket.form.tooLong}") String title,
		@NotBlank(message = "{ticket.error.textRequired}") @Size(max = TicketLifecycle.DESCRIPTION_MAX,
				message = "{ticket.form.tooLong}") String description,
		Long householdId, Long streetId, Long communityId, Long gridId,
		@Size(max = TicketLifecycle.ADDRESS_MAX, message = "{ticket.form.tooLong}") String address,
		@NotBlank(message = "{ticket.error.textRequired}") @Pattern(regexp = "^1[3-9]\\d{9}$",
				message = "{ticket.form.phone}") String contactPhone,
		Boolean proxyRequested, ProxyWindow proxyWindow,
		@NotBlank(message = "{ticket.form.expired}") @Size(max = 64, message = "{ticket.form.expired}") String submissionKey,
		List<MultipartFile> photos) {

	/**
	 * An unticked checkbox sends nothing, which means no. Browsers send line breaks as CR LF but count them as one
	 * character; the description counts them as the page's counter does.
	 */
	ResidentTicketForm {
		proxyRequested = Boolean.TRUE.equals(proxyRequested);
		description = description == null ? null : description.replace("\r\n", "\n");
	}

	/** A fresh form; a resident linked to the ledger starts with their own household as the location. */
	static ResidentTicketForm blank(Long homeId, String phone, String submissionKey) {
		return new ResidentTicketForm(null, null, "", "", homeId, null, null, null, "", phone == null ? "" : phone,
				false, null, submissionKey, List.of());
	}

	/** Just the part the category picker needs, for its htmx refresh. */
	static ResidentTicketForm choosingCategory(TicketKind kind, Long categoryId, Boolean proxyRequested,
			ProxyWindow proxyWindow) {
		return new ResidentTicketForm(kind, categoryId, null, null, null, null, null, null, null, null,
				proxyRequested, proxyWindow, null, List.of());
	}

	/** Just the part the location pickers need, for their htmx refresh. */
	static ResidentTicketForm choosingLocation(Long streetId, Long communityId, Long gridId) {
		return new ResidentTicketForm(null, null, null, null, null, streetId, communityId, gridId, null, null, false,
				null, null, List.of());
	}

	boolean atHome() {
		return this.householdId != null;
	}

	/** Another address than home needs its grid and the address itself. */
	void rejectMissingLocation(Errors errors) {
		if (atHome()) {
			return;
		}
		if (this.gridId == null && !errors.hasFieldErrors("gridId")) {
			errors.rejectValue("gridId", "ticket.form.gridRequired");
		}
		if ((this.address == null || this.address.isBlank()) && !errors.hasFieldErrors("address")) {
			errors.rejectValue("address", "ticket.error.textRequired");
		}
	}

	boolean hasPhotos() {
		return PhotoUpload.anyChosenIn(this.photos);
	}

	List<PhotoUpload> uploads() {
		return PhotoUpload.chosenIn(this.photos);
	}

	/** At home, the household alone places the ticket; the service fills in its grid and address. */
	SubmitTicket toCommand() {
		return new SubmitTicket(this.kind, this.categoryId, this.title, this.description,
				atHome() ? null : this.gridId, this.householdId, null, atHome() ? null : this.address.strip(),
				this.contactPhone.strip(), this.proxyRequested,
				this.proxyRequested && this.proxyWindow != null ? this.proxyWindow.name() : null, Channel.WEB,
				this.submissionKey);
	}

}
