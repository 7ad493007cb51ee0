package org.griddesk.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message for one account. The text is kept as a message key and its arguments, so that it reads in the
 * language of whoever opens the inbox.
 */
@Entity
@Table(name = "notification")
class Notification {

	/** Arguments are short values (ticket numbers, state names) that never contain it. */
	static final String ARGUMENT_SEPARATOR = "|";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private Long ticketId;

	private String messageKey;

	private String arguments;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	Notification(Long accountId, Long ticketId, String messageKey, List<String> arguments, Instant now) {
		this.accountId = accountId;
		this.ticketId = ticketId;
		this.messageKey = messageKey;
		this.arguments = String.join(ARGUMENT_SEPARATOR, arguments);
		this.createdAt = now;
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	Long getId() {
		return this.id;
	}

	Long getAccountId() {
		return this.accountId;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	String getMessageKey() {
		return this.messageKey;
	}

	List<String> getArguments() {
		return this.arguments.isEmpty() ? List.of() : Arrays.asList(this.arguments.split("\\|", -1));
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getReadAt() {
		return this.readAt;
	}

}
