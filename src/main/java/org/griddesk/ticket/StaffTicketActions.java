package org.griddesk.ticket;

/**
 * Which actions the staff ticket page offers its reader. Only buttons: {@link TicketLifecycle} decides again, so a
 * stale page that still shows one gets a 409, not a wrong change.
 */
record StaffTicketActions(boolean accept, boolean start, boolean proxyVisit, boolean resolve, boolean reject,
		boolean note) {

	static StaffTicketActions of(TicketDetail detail) {
		TicketStatus status = detail.ticket().status();
		boolean works = detail.canWork();
		boolean inHand = status == TicketStatus.ACCEPTED || status == TicketStatus.IN_PROGRESS;
		return new StaffTicketActions(detail.canHandle() && status == TicketStatus.SUBMITTED,
				works && status == TicketStatus.ACCEPTED, works && inHand, works && inHand, works && status.isOpen(),
				!status.isFinal());
	}

	public boolean any() {
		return this.accept || this.start || this.proxyVisit || this.resolve || this.reject || this.note;
	}

}
