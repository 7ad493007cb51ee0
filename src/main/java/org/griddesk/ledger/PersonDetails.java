package org.griddesk.ledger;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What describes a person, as the forms, the import and other modules hand it in. The identity number is
 * normalised (trimmed, upper-case X); a blank phone or note is {@code null}.
 */
public record PersonDetails(String name, Gender gender, LocalDate birthDate, String idNumber, String phone,
		Relation relation, Set<PersonTag> tags, String notes) {

	public PersonDetails {
		name = name == null ? "" : name.strip();
		idNumber = IdNumbers.normalize(idNumber);
		phone = phone == null || phone.isBlank() ? null : phone.strip();
		notes = notes == null || notes.isBlank() ? null : notes.strip();
		tags = tags == null || tags.isEmpty() ? EnumSet.noneOf(PersonTag.class) : EnumSet.copyOf(tags);
	}

}
