package org.griddesk.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules every person on the ledger obeys, whether typed into a form, imported from a file or handed in by
 * another module: a name, a valid identity number whose birth date agrees with the one given, a mobile number.
 */
final class PersonRules {

	static final String PHONE_PATTERN = "^1[3-9]\\d{9}$";

	static final int NAME_MAX = 64;

	static final int NOTES_MAX = 1000;

	private PersonRules() {
	}

	static List<FieldProblem> problems(PersonDetails details, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (details.name().isEmpty()) {
			problems.add(new FieldProblem("name", "ledger.error.required"));
		}
		else if (details.name().length() > NAME_MAX) {
			problems.add(new FieldProblem("name", "ledger.error.tooLong", NAME_MAX));
		}
		if (details.gender() == null) {
			problems.add(new FieldProblem("gender", "ledger.error.required"));
		}
		if (details.relation() == null) {
			problems.add(new FieldProblem("relation", "ledger.error.required"));
		}
		if (details.idNumber().isEmpty()) {
			problems.add(new FieldProblem("idNumber", "ledger.error.required"));
		}
		else {
			Optional<IdNumbers.Problem> idProblem = IdNumbers.check(details.idNumber(), today);
			if (idProblem.isPresent()) {
				problems.add(new FieldProblem("idNumber", idProblem.get().messageKey()));
			}
			else if (details.birthDate() != null
					&& !details.birthDate().equals(IdNumbers.birthDate(details.idNumber()).orElseThrow())) {
				problems.add(new FieldProblem("birthDate", "ledger.error.birthDateMismatch",
						IdNumbers.birthDate(details.idNumber()).orElseThrow().toString()));
			}
		}
		if (details.phone() != null && !details.phone().matches(PHONE_PATTERN)) {
			problems.add(new FieldProblem("phone", "ledger.error.phone"));
		}
		if (details.notes() != null && details.notes().length() > NOTES_MAX) {
			problems.add(new FieldProblem("notes", "ledger.error.tooLong", NOTES_MAX));
		}
		return problems;
	}

	/** The details with every rule checked and the birth date taken from the identity number when left out. */
	static PersonDetails checked(PersonDetails details, LocalDate today) {
		List<FieldProblem> problems = problems(details, today);
		if (!problems.isEmpty()) {
			throw new InvalidLedgerInput(problems);
		}
		if (details.birthDate() != null) {
			return details;
		}
		return new PersonDetails(details.name(), details.gender(),
				IdNumbers.birthDate(details.idNumber()).orElseThrow(), details.idNumber(), details.phone(),
				details.relation(), details.tags(), details.notes());
	}

}
