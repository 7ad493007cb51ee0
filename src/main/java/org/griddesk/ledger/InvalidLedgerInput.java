package org.griddesk.ledger;

import java.util.List;

import org.griddesk.web.InvalidInputException;

import org.springframework.validation.BindingResult;

/** Several fields of one form broke rules at once; every one of them gets its message. */
class InvalidLedgerInput extends InvalidInputException {

	private final transient List<FieldProblem> problems;

	InvalidLedgerInput(List<FieldProblem> problems) {
		super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	@Override
	public void reject(BindingResult result) {
		for (FieldProblem problem : this.problems) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
		}
	}

}
