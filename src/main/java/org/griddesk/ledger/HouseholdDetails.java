package org.griddesk.ledger;

/** What describes a door; blanks are already stripped and the unit is empty for a house without units. */
public record HouseholdDetails(Long gridId, String building, String unit, String room, String address) {

	public HouseholdDetails {
		building = strip(building);
		unit = strip(unit);
		room = strip(room);
		address = strip(address);
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
