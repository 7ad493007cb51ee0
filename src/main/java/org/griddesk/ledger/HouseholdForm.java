package org.griddesk.ledger;

/**
 * The door form; {@code version} is the one the edit form was read at. Its rules are {@link HouseholdRules}, applied
 * by the service, which reports every broken one at once.
 */
record HouseholdForm(Long gridId, String building, String unit, String room, String address, Long version) {

	static HouseholdForm empty(Long gridId) {
		return new HouseholdForm(gridId, "", "", "", "", null);
	}

	static HouseholdForm of(HouseholdEdit edit) {
		HouseholdDetails details = edit.details();
		return new HouseholdForm(details.gridId(), details.building(), details.unit(), details.room(),
				details.address(), edit.version());
	}

	HouseholdDetails details() {
		return new HouseholdDetails(this.gridId, this.building, this.unit, this.room, this.address);
	}

}
