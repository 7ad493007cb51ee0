package org.griddesk.ticket;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The states of a ticket's closed loop (DOMAIN.md, "Life of a ticket"). */
public enum TicketStatus {

	SUBMITTED, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED, CANCELLED, REJECTED;

	private static final Set<TicketStatus> OPEN = EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS);

	/** Still waiting for someone to act: counted as open on every desk. */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** The translated name, for messages that mention a state. */
	public MessageSourceResolvable label() {
		return new DefaultMessageSourceResolvable(new String[] { "ticket.status." + name() }, name());
	}

	/** No further transition is possible. */
	public boolean isFinal() {
		return this == CLOSED || this == CANCELLED;
	}

}
