package org.griddesk.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void idNumbersKeepTheirFirstAndLastFourCharacters() {
		assertThat(Masking.idNumber("230103198001011234")).isEqualTo("2301**********1234");
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
	}

	@Test
	void phonesKeepTheirFirstThreeAndLastFourDigits() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void missingOrShortValuesRevealNothing() {
		assertThat(Masking.phone(null)).isEmpty();
		assertThat(Masking.idNumber("")).isEmpty();
		assertThat(Masking.phone("1234567")).isEqualTo("*******");
	}

}
