package org.griddesk.ticket;

/**
 * Which actions the staff ticket page offers its reader. Only buttons: {@link TicketLifecycle} decides again, so a
 * stale page that still shows one gets a 409, not a wrong change.
 */
record StaffTicketActions(boolean accept, boolean start, boolean proxyVisit, boolean resolve, boolean reject,
		boolean note) {

	static StaffTicketActions of(TicketDetail detail) {
		TicketStatus status = detail.ticket().status();
		boolean handles = detail.canHandle();
		boolean inHand = status == TicketStatus.ACCEPTED || status == TicketStatus.IN_PROGRESS;
		return new StaffTicketActions(handles && status == TicketStatus.SUBMITTED,
				handles && status == TicketStatus.ACCEPTED, handles && inHand, handles && inHand,
				handles && status.isOpen(), !status.isFinal());
	}

	public boolean any() {
		return this.accept || this.start || this.proxyVisit || this.resolve || this.reject || this.note;
	}

}
