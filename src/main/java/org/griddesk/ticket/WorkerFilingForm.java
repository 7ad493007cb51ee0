package org.griddesk.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A ticket a worker files for a walk-in or phone resident. Who and where come from the ledger person; only the
 * matter itself is typed.
 */
record WorkerFilingForm(@NotNull Long personId, @NotNull(message = "{worker.filing.error.channel}") Channel channel,
		@NotNull(message = "{ticket.error.unknownCategory}") Long categoryId,
		@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 4000) String description,
		@Pattern(regexp = "^$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$", message = "{worker.filing.error.phone}") String contactPhone,
		boolean proxyRequested, @Size(max = 64) String proxyWindow, @NotBlank String submissionKey) {

	static WorkerFilingForm forPerson(Long personId, String submissionKey) {
		return new WorkerFilingForm(personId, Channel.WALK_IN, null, "", "", "", false, null, submissionKey);
	}

}
