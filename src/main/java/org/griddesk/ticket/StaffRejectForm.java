package org.griddesk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Out of scope (退回): the reason goes with the ticket to the community desk that re-routes it. */
record StaffRejectForm(@NotBlank(message = "{worker.error.reasonRequired}") @Size(max = 1000) String reason) {

	static StaffRejectForm empty() {
		return new StaffRejectForm("");
	}

}
