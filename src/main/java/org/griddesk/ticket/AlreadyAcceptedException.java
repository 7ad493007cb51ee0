package org.griddesk.ticket;

import org.griddesk.web.ConflictException;

/**
 * The accept race was lost: someone else took the ticket first. Still a 409 wherever nobody catches it, but pages
 * that can tell the loser who won (the queue, the ticket page) catch this one and show its message in place.
 */
public class AlreadyAcceptedException extends ConflictException {

	public AlreadyAcceptedException(String number, String takenBy, String takenAt) {
		super("ticket.error.alreadyAccepted", number, takenBy, takenAt);
	}

}
