package org.griddesk.ledger;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Test
	void acceptsANumberWithTheRightCheckDigit() {
		assertThat(IdNumbers.check("230302198001010015", TODAY)).isEmpty();
		assertThat(IdNumbers.check("11010519491231002X", TODAY)).isEmpty();
	}

	@Test
	void refusesAWrongCheckDigit() {
		assertThat(IdNumbers.check("230302198001010016", TODAY)).contains(IdNumbers.Problem.CHECK_DIGIT);
		assertThat(IdNumbers.check("110105194912310021", TODAY)).contains(IdNumbers.Problem.CHECK_DIGIT);
	}

	@Test
	void computesXAsTheCheckCharacterForRemainderTwo() {
		assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(IdNumbers.check(IdNumbers.normalize(" 11010519491231002x "), TODAY)).isEmpty();
	}

	@Test
	void refusesAnImpossibleOrFutureBirthDate() {
		String february30 = "23030219800230001";
		assertThat(IdNumbers.check(february30 + IdNumbers.checkCharacter(february30), TODAY))
			.contains(IdNumbers.Problem.BIRTH_DATE);
		String future = "23030220300101001";
		assertThat(IdNumbers.check(future + IdNumbers.checkCharacter(future), TODAY))
			.contains(IdNumbers.Problem.BIRTH_DATE);
		String tooOld = "23030218000101001";
		assertThat(IdNumbers.check(tooOld + IdNumbers.checkCharacter(tooOld), TODAY))
			.contains(IdNumbers.Problem.BIRTH_DATE);
	}

	@Test
	void refusesWrongLengthsAndLetters() {
		assertThat(IdNumbers.check("23030219800101001", TODAY)).contains(IdNumbers.Problem.FORMAT);
		assertThat(IdNumbers.check("2303021980010100155", TODAY)).contains(IdNumbers.Problem.FORMAT);
		assertThat(IdNumbers.check("23030219800101A015", TODAY)).contains(IdNumbers.Problem.FORMAT);
		assertThat(IdNumbers.check("", TODAY)).contains(IdNumbers.Problem.FORMAT);
		assertThat(IdNumbers.check(null, TODAY)).contains(IdNumbers.Problem.FORMAT);
	}

	@Test
	void readsTheBirthDate() {
		assertThat(IdNumbers.birthDate("230302198001010015")).contains(LocalDate.of(1980, 1, 1));
	}

	@Test
	void personRulesRequireABirthDateThatMatchesTheNumber() {
		PersonDetails mismatch = new PersonDetails("张三", Gender.MALE, LocalDate.of(1980, 1, 2), "230302198001010015",
				null, Relation.SELF, null, null);
		assertThat(PersonRules.problems(mismatch, TODAY)).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("birthDate", "ledger.error.birthDateMismatch"));
		PersonDetails derived = PersonRules.checked(new PersonDetails("张三", Gender.MALE, null, "230302198001010015",
				"13800138000", Relation.SELF, null, null), TODAY);
		assertThat(derived.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
	}

	@Test
	void personRulesCheckThePhoneAndRequiredFields() {
		PersonDetails bad = new PersonDetails(" ", null, null, "230302198001010016", "12800138000", null, null, null);
		assertThat(PersonRules.problems(bad, TODAY)).extracting(FieldProblem::field)
			.containsExactly("name", "gender", "relation", "idNumber", "phone");
	}

}
