package org.griddesk.ledger;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The person form. Its rules (required fields, the identity number's check digit and birth date, the phone) are
 * {@link PersonRules}, applied by the service to forms, import files and other modules alike, so that every broken
 * rule is reported next to its field at once. On the edit form the identity number and phone start blank (they are
 * never sent to the browser in clear) and a blank value keeps the one on record.
 */
record PersonForm(String name, Gender gender, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
		String idNumber, String phone, Relation relation, Set<PersonTag> tags, String notes, Long version) {

	static PersonForm empty() {
		return new PersonForm("", null, null, "", "", Relation.SELF, Set.of(), "", null);
	}

	static PersonForm of(PersonEdit edit) {
		PersonView person = edit.person();
		return new PersonForm(person.name(), person.gender(), person.birthDate(), "", "", person.relation(),
				person.tags(), person.notes(), edit.version());
	}

	PersonDetails details() {
		return new PersonDetails(this.name, this.gender, this.birthDate, this.idNumber, this.phone, this.relation,
				this.tags, this.notes);
	}

}
