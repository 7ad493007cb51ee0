package org.griddesk.ledger;

import java.util.ArrayList;
import java.util.List;

/** A door needs a grid, a building, a room and an address, each within the column's length. */
final class HouseholdRules {

	private HouseholdRules() {
	}

	static List<FieldProblem> problems(HouseholdDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		if (details.gridId() == null) {
			problems.add(new FieldProblem("gridId", "ledger.error.required"));
		}
		required(problems, "building", details.building(), 32);
		if (details.unit().length() > 16) {
			problems.add(new FieldProblem("unit", "ledger.error.tooLong", 16));
		}
		required(problems, "room", details.room(), 16);
		required(problems, "address", details.address(), 200);
		return problems;
	}

	static HouseholdDetails checked(HouseholdDetails details) {
		List<FieldProblem> problems = problems(details);
		if (!problems.isEmpty()) {
			throw new InvalidLedgerInput(problems);
		}
		return details;
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value.isEmpty()) {
			problems.add(new FieldProblem(field, "ledger.error.required"));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "ledger.error.tooLong", max));
		}
	}

}
