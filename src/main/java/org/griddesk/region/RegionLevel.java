package org.griddesk.region;

/** Levels of the administrative tree, top down. */
public enum RegionLevel {

	DISTRICT, STREET, COMMUNITY, GRID;

	/** The level a child of this level has, or {@code null} for a grid. */
	public RegionLevel childLevel() {
		return this == GRID ? null : values()[ordinal() + 1];
	}

}
