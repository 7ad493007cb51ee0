package org.griddesk.ticket;

/** What accepting from the queue answers: the ticket's line as it is now, and why it is not the actor's if they lost. */
record QueueAcceptance(TicketRow row, AlreadyAcceptedException lost) {

	boolean won() {
		return this.lost == null;
	}

}
