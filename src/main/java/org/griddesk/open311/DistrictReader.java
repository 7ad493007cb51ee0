package org.griddesk.open311;

import java.util.Set;

import org.griddesk.account.Role;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.ticket.Actor;

import org.springframework.stereotype.Component;

/**
 * The API reads tickets as a reader with the whole district in scope and no account behind it. It only ever looks up
 * tickets filed through the API (the rows of {@code open311_request}), and returns none of their residents' data.
 */
@Component
class DistrictReader {

	private final Regions regions;

	DistrictReader(Regions regions) {
		this.regions = regions;
	}

	Actor actor() {
		RegionView district = this.regions.district();
		return new Actor(null, "Open311", Role.DISTRICT_COMMANDER, this.regions.scopeOf(Set.of(district.id())),
				Set.of(district.id()), null);
	}

}
