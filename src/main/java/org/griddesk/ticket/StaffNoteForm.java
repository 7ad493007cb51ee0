package org.griddesk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A progress note (进展记录) on the staff ticket page. */
record StaffNoteForm(@NotBlank(message = "{worker.error.noteRequired}") @Size(max = 2000) String note) {

	static StaffNoteForm empty() {
		return new StaffNoteForm("");
	}

}
