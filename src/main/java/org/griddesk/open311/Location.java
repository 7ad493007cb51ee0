package org.griddesk.open311;

import java.math.BigDecimal;

/** Where a request is, as the client said it: coordinates, a free address, a household id — any of them. */
record Location(BigDecimal latitude, BigDecimal longitude, String addressString, String addressId) {

	boolean hasCoordinates() {
		return this.latitude != null && this.longitude != null;
	}

	boolean isEmpty() {
		return !hasCoordinates() && this.addressString == null && this.addressId == null;
	}

	/** How the ticket shows it: the address as given, else the household id, else the coordinates. */
	String display() {
		if (this.addressString != null) {
			return this.addressString;
		}
		if (this.addressId != null) {
			return "address_id " + this.addressId;
		}
		return this.latitude.toPlainString() + "," + this.longitude.toPlainString();
	}

}
