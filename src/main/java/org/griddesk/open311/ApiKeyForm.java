package org.griddesk.open311;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new key: the client system's name and how many requests a minute it may make. */
record ApiKeyForm(@NotBlank(message = "{open311.apiKey.error.name}") @Size(max = 100,
		message = "{open311.apiKey.error.name}") String name,
		@NotNull(message = "{open311.apiKey.error.limit}") @Min(value = 1, message = "{open311.apiKey.error.limit}")
		@Max(value = 10000, message = "{open311.apiKey.error.limit}") Integer requestsPerMinute) {

	static ApiKeyForm empty() {
		return new ApiKeyForm("", 60);
	}

}
