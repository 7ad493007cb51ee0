package org.griddesk.account;

import java.time.Instant;
import java.util.Set;

public record AccountView(Long id, String username, String displayName, String phone, String email, Role role,
		Set<Long> regionIds, Long departmentId, Long personId, boolean enabled, boolean locked, Instant createdAt) {
}
