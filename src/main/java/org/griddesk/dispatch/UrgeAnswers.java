package org.griddesk.dispatch;

import java.util.EnumSet;
import java.util.Set;

import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketStatusChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks urges answered as the owner moves: any work on the ticket by someone other than the one who urged, or the
 * ticket leaving the open states. It listens synchronously, inside the ticket's own transaction, so that an answer
 * and the urge's bookkeeping commit together and a sweep never escalates an urge that was answered a moment before.
 */
@Component
class UrgeAnswers {

	private static final Set<TicketEventType> ANSWERS = EnumSet.of(TicketEventType.ACCEPTED, TicketEventType.STARTED,
			TicketEventType.NOTE, TicketEventType.PROXY_VISIT, TicketEventType.RESOLVED, TicketEventType.REJECTED,
			TicketEventType.REASSIGNED, TicketEventType.ESCALATED, TicketEventType.RETURNED);

	private final UrgeRepository urges;

	UrgeAnswers(UrgeRepository urges) {
		this.urges = urges;
	}

	@EventListener
	@Transactional
	public void on(TicketStatusChanged event) {
		if (event.from() == null) {
			return;
		}
		if (event.from().isOpen() && !event.to().isOpen()) {
			this.urges.settle(event.ticketId(), event.at());
		}
		else if (ANSWERS.contains(event.type())) {
			if (event.actorId() == null) {
				this.urges.settle(event.ticketId(), event.at());
			}
			else {
				this.urges.answer(event.ticketId(), event.actorId(), event.at());
			}
		}
	}

}
