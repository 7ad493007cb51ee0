package org.griddesk.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

record EmailForm(@Email(message = "{account.error.email}") @Size(max = 254) String email) {

	/** Pasted addresses often carry spaces around them. */
	EmailForm {
		email = email == null ? null : email.strip();
	}

}
