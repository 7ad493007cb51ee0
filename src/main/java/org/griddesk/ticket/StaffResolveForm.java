package org.griddesk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 办结: what was done; the resident rates it, so it cannot be empty. */
record StaffResolveForm(@NotBlank(message = "{worker.error.resolutionRequired}") @Size(max = 4000) String resolution) {

	static StaffResolveForm empty() {
		return new StaffResolveForm("");
	}

}
