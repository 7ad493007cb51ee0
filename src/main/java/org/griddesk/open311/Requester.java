package org.griddesk.open311;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the person who filed a request told about themselves. Staff handling the ticket see it on the ticket page
 * ({@link RequesterPanel}); the API never returns it.
 */
@Entity
@Table(name = "open311_requester")
class Requester {

	@Id
	private Long ticketId;

	private String email;

	private String firstName;

	private String lastName;

	private String phone;

	private String deviceId;

	private String accountId;

	protected Requester() {
	}

	Requester(Long ticketId, Contact contact) {
		this.ticketId = ticketId;
		this.email = contact.email();
		this.firstName = contact.firstName();
		this.lastName = contact.lastName();
		this.phone = contact.phone();
		this.deviceId = contact.deviceId();
		this.accountId = contact.accountId();
	}

	Contact toContact() {
		return new Contact(this.email, this.firstName, this.lastName, this.phone, this.deviceId, this.accountId);
	}

}
