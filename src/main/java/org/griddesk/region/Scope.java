package org.griddesk.region;

import java.util.Collection;
import java.util.Set;

/**
 * What a staff account may see: the regions it is bound to and every region below them, never a sibling. Queries
 * filter on {@link #regionIds()} so that rows outside the scope are never loaded.
 */
public record Scope(Set<Long> regionIds) {

	public static final Scope NOTHING = new Scope(Set.of());

	public Scope {
		regionIds = Set.copyOf(regionIds);
	}

	public boolean contains(Long regionId) {
		return regionId != null && this.regionIds.contains(regionId);
	}

	public boolean containsAll(Collection<Long> ids) {
		return this.regionIds.containsAll(ids);
	}

	public boolean isEmpty() {
		return this.regionIds.isEmpty();
	}

}
