package org.griddesk.ledger;

/** A door as other modules see it: its grid routes tickets filed for the people living there. */
public record HouseholdView(Long id, Long gridId, String building, String unit, String room, String address) {

	/** Building, unit and room the way residents say it: 3-2-501, or 3-501 without units. */
	public String door() {
		return this.unit.isEmpty() ? this.building + "-" + this.room : this.building + "-" + this.unit + "-" + this.room;
	}

	/** The address with the door, for a ticket or a letter. */
	public String fullAddress() {
		return this.address + " " + door();
	}

}
