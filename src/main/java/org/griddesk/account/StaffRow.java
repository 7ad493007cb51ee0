package org.griddesk.account;

import java.util.List;

/** One staff account in the administrator's list, its bindings already turned into names. */
public record StaffRow(Long id, String username, String displayName, String phone, Role role, List<String> regions,
		String department, boolean enabled, boolean locked) {
}
