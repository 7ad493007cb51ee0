package org.griddesk.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RegionNameForm(
		@NotBlank(message = "{admin.error.required}") @Size(max = 100, message = "{admin.error.tooLong}") String name) {
}
