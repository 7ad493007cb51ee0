package org.griddesk.ledger;

import org.griddesk.account.CurrentUser;

/** Who made a change: a signed-in account, or the system itself (demo data). */
record Actor(Long accountId, String name) {

	static final Actor SYSTEM = new Actor(null, "system");

	static Actor of(CurrentUser user) {
		return new Actor(user.id(), user.displayName());
	}

}
