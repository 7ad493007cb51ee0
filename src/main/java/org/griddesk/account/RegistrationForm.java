package org.griddesk.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record RegistrationForm(@NotBlank @Size(max = 32) String displayName,
		@NotBlank @Pattern(regexp = Accounts.PHONE_PATTERN, message = "{account.error.phone}") String phone,
		@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH,
				message = "{register.passwordRule}") String password,
		@NotBlank String confirmPassword) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "");
	}

}
