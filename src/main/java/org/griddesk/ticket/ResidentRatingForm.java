package org.griddesk.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 效果直评: two separate questions — was it solved, how satisfied — and an optional comment. */
record ResidentRatingForm(@NotNull(message = "{ticket.my.rate.solvedRequired}") Boolean solved,
		@NotNull(message = "{ticket.error.score}") @Min(value = 1, message = "{ticket.error.score}") @Max(value = 5,
				message = "{ticket.error.score}") Integer score,
		@Size(max = TicketLifecycle.COMMENT_MAX, message = "{ticket.form.tooLong}") String comment) {

	static ResidentRatingForm blank() {
		return new ResidentRatingForm(null, null, "");
	}

}
