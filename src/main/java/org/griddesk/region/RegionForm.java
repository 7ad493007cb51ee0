package org.griddesk.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new node under an existing one: the level follows from the parent. */
record RegionForm(@NotBlank(message = "{admin.error.required}") @Pattern(regexp = CODE_PATTERN,
		message = "{admin.error.codeFormat}") String code,
		@NotBlank(message = "{admin.error.required}") @Size(max = 100, message = "{admin.error.tooLong}") String name) {

	/** Codes appear in URLs, exports and other systems' references: plain ASCII, no spaces. */
	static final String CODE_PATTERN = "^[A-Za-z0-9_-]{1,32}$";

	static RegionForm empty() {
		return new RegionForm("", "");
	}

}
