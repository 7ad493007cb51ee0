package org.griddesk.ticket;

import java.util.Set;

import org.griddesk.account.Role;
import org.griddesk.region.Scope;

/**
 * Who acts on tickets, with what they may see. Built once per request by {@link Actors}; {@code null} stands for
 * GridDesk itself (routing, scheduled jobs).
 */
public record Actor(Long accountId, String displayName, Role role, Scope scope, Set<Long> boundRegionIds,
		Long departmentId) {

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

}
