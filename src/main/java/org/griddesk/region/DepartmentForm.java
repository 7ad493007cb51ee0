package org.griddesk.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A department as the administrator types it; the code is set once, when the department is added. */
record DepartmentForm(
		@NotBlank(message = "{admin.error.required}", groups = Adding.class) @Pattern(regexp = RegionForm.CODE_PATTERN,
				message = "{admin.error.codeFormat}", groups = Adding.class) String code,
		@NotBlank(message = "{admin.error.required}") @Size(max = 100, message = "{admin.error.tooLong}") String name,
		@Pattern(regexp = PHONE_PATTERN, message = "{department.error.phone}") String phone, Boolean enabled) {

	/** Landlines with area code, mobiles and service numbers such as 95598; empty when unknown. */
	static final String PHONE_PATTERN = "^$|^[0-9+][0-9 ()-]{2,31}$";

	/** Validation group of the fields that only a new department has. */
	interface Adding {

	}

	static DepartmentForm empty() {
		return new DepartmentForm("", "", "", true);
	}

	static DepartmentForm of(DepartmentView department) {
		return new DepartmentForm(department.code(), department.name(),
				department.phone() == null ? "" : department.phone(), department.enabled());
	}

	/** An unchecked box sends nothing but Spring's marker, and a hand-made request maybe not even that. */
	boolean isEnabled() {
		return Boolean.TRUE.equals(this.enabled);
	}

	String phoneOrNull() {
		return this.phone == null || this.phone.isBlank() ? null : this.phone.strip();
	}

}
