package org.griddesk.ticket;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.griddesk.web.InvalidInputException;

/**
 * 上门代办: when the visit happened, as the district's wall clock reads it (a {@code datetime-local} field, kept as
 * typed so that a wrong value comes back unchanged), what came of it, and whether the formality is now done.
 */
record StaffProxyVisitForm(@NotBlank(message = "{worker.error.visitTimeRequired}") String visitedAt,
		@NotBlank(message = "{worker.error.outcomeRequired}") @Size(max = 2000) String outcome,
		Boolean formalityCompleted) {

	private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	static StaffProxyVisitForm startingAt(LocalDateTime now) {
		return new StaffProxyVisitForm(now.format(FIELD), "", false);
	}

	RecordProxyVisit toCommand(ZoneId zone) {
		LocalDateTime at;
		try {
			at = LocalDateTime.parse(this.visitedAt.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("visitedAt", "worker.error.visitTimeInvalid");
		}
		return new RecordProxyVisit(at.atZone(zone).toInstant(), this.outcome, Boolean.TRUE.equals(this.formalityCompleted));
	}

}
