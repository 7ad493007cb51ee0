package org.griddesk.account;

import java.util.Set;

/** An administrator's description of a staff account: who, which role, bound to which regions or department. */
public record StaffAccount(String username, String displayName, String phone, Role role, Set<Long> regionIds,
		Long departmentId) {
}
