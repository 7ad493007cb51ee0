package org.griddesk.dispatch;

import org.griddesk.catalog.TicketKind;
import org.griddesk.ticket.Channel;
import org.griddesk.ticket.DeadlineState;

/**
 * The board's filters as the query string carries them. {@code status} is a state's name, {@code OPEN} for the three
 * open states, or empty for all.
 */
record BoardForm(String status, Long regionId, Long categoryId, TicketKind kind, Channel channel,
		DeadlineState deadline, Boolean unrated, Boolean returnVisit, Boolean awaiting, Integer page) {

	static final String OPEN = "OPEN";

	static final BoardForm NONE = new BoardForm(null, null, null, null, null, null, null, null, null, null);

	boolean isUnrated() {
		return Boolean.TRUE.equals(this.unrated);
	}

	boolean isReturnVisit() {
		return Boolean.TRUE.equals(this.returnVisit);
	}

	boolean isAwaiting() {
		return Boolean.TRUE.equals(this.awaiting);
	}

	int pageNumber() {
		return this.page == null ? 0 : Math.max(0, this.page);
	}

}
