package org.griddesk.account;

import org.griddesk.region.RegionLevel;

/** What a person does in GridDesk; each role has its own home page and the region level it is bound to. */
public enum Role {

	RESIDENT("/my/tickets", null),
	GRID_WORKER("/worker/queue", RegionLevel.GRID),
	COMMUNITY_STAFF("/command", RegionLevel.COMMUNITY),
	STREET_COMMANDER("/command", RegionLevel.STREET),
	DISTRICT_COMMANDER("/command", RegionLevel.DISTRICT),
	DEPARTMENT_STAFF("/department/inbox", null),
	ADMIN("/admin", RegionLevel.DISTRICT);

	private final String home;

	private final RegionLevel boundLevel;

	Role(String home, RegionLevel boundLevel) {
		this.home = home;
		this.boundLevel = boundLevel;
	}

	public String home() {
		return this.home;
	}

	/** The level of region this role is bound to, or {@code null} for residents and department staff. */
	public RegionLevel boundLevel() {
		return this.boundLevel;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isCommander() {
		return this == COMMUNITY_STAFF || this == STREET_COMMANDER || this == DISTRICT_COMMANDER;
	}

}
