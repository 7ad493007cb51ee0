package org.griddesk.ticket;

import org.griddesk.account.CurrentUser;
import org.griddesk.region.Regions;
import org.griddesk.region.Scope;

import org.springframework.stereotype.Component;

/** Turns the signed-in user into an {@link Actor}, resolving their bound regions to a scope. */
@Component
public class Actors {

	private final Regions regions;

	Actors(Regions regions) {
		this.regions = regions;
	}

	public Actor of(CurrentUser user) {
		Scope scope = user.regionIds().isEmpty() ? Scope.NOTHING : this.regions.scopeOf(user.regionIds());
		return new Actor(user.id(), user.displayName(), user.role(), scope, user.regionIds(), user.departmentId());
	}

}
