package org.griddesk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the resident withdraws a ticket nobody has accepted yet. */
record ResidentCancelForm(@NotBlank(message = "{ticket.my.cancel.reasonRequired}") @Size(
		max = TicketLifecycle.REASON_MAX, message = "{ticket.form.tooLong}") String reason) {

	static ResidentCancelForm blank() {
		return new ResidentCancelForm("");
	}

}
