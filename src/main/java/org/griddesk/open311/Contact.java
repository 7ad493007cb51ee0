package org.griddesk.open311;

/** A requester's contact details as the API received them; every part optional. */
record Contact(String email, String firstName, String lastName, String phone, String deviceId, String accountId) {

	boolean isEmpty() {
		return this.email == null && this.firstName == null && this.lastName == null && this.phone == null
				&& this.deviceId == null && this.accountId == null;
	}

	/** Chinese order: family name first, without a space between two Chinese names. */
	String name() {
		if (this.firstName == null && this.lastName == null) {
			return null;
		}
		if (this.firstName == null || this.lastName == null) {
			return this.firstName == null ? this.lastName : this.firstName;
		}
		boolean chinese = (this.lastName + this.firstName).codePoints()
			.allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return chinese ? this.lastName + this.firstName : this.firstName + " " + this.lastName;
	}

}
