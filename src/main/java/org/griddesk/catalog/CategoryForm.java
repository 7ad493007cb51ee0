package org.griddesk.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One line of the responsibility list as the administrator edits it; the code is set once, when it is added. */
record CategoryForm(
		@NotBlank(message = "{admin.error.required}", groups = Adding.class) @Pattern(regexp = "^[A-Za-z0-9_-]{1,32}$",
				message = "{admin.error.codeFormat}", groups = Adding.class) String code,
		@NotBlank(message = "{admin.error.required}") @Size(max = 100, message = "{admin.error.tooLong}") String name,
		@Size(max = 1000, message = "{admin.error.tooLong}") String description,
		@NotNull(message = "{admin.error.required}") TicketKind kind,
		@NotNull(message = "{admin.error.required}") OwnerLevel ownerLevel, Long departmentId,
		@NotNull(message = "{admin.error.required}") @Min(value = 1, message = "{category.error.acceptHours}")
		@Max(value = 720, message = "{category.error.acceptHours}") Integer acceptWindowHours,
		@NotNull(message = "{admin.error.required}") @Min(value = 1, message = "{category.error.resolveHours}")
		@Max(value = 8760, message = "{category.error.resolveHours}") Integer resolveWindowHours,
		Boolean proxyCapable, Boolean enabled,
		@NotNull(message = "{admin.error.required}") WindowCalendar windowCalendar) {

	/** The promise of DOMAIN.md: a worker takes a matter within a day unless the list says otherwise. */
	static final int DEFAULT_ACCEPT_WINDOW_HOURS = 24;

	/** Validation group of the fields that only a new category has. */
	interface Adding {

	}

	static CategoryForm empty() {
		return new CategoryForm("", "", "", null, null, null, DEFAULT_ACCEPT_WINDOW_HOURS, null, false, true,
				WindowCalendar.WALL_CLOCK);
	}

	static CategoryForm of(CategoryView category) {
		return new CategoryForm(category.code(), category.name(),
				category.description() == null ? "" : category.description(), category.kind(), category.ownerLevel(),
				category.departmentId(), category.acceptWindowHours(), category.resolveWindowHours(),
				category.proxyCapable(), category.enabled(), category.windowCalendar());
	}

	CategoryDefinition toDefinition() {
		String trimmedDescription = this.description == null || this.description.isBlank() ? null
				: this.description.strip();
		return new CategoryDefinition(this.name.strip(), trimmedDescription, this.kind, this.ownerLevel,
				this.departmentId, this.acceptWindowHours, this.resolveWindowHours,
				// an unchecked box sends nothing but Spring's marker, and a hand-made request maybe not even that
				Boolean.TRUE.equals(this.proxyCapable), Boolean.TRUE.equals(this.enabled), this.windowCalendar);
	}

}
