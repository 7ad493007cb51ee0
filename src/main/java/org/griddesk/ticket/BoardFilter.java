package org.griddesk.ticket;

import java.util.Set;

import org.griddesk.catalog.TicketKind;

/**
 * What a command center's ticket board is narrowed to; every part is optional. {@code regionId} narrows to that
 * region and everything below it; {@code awaitingDispatch} keeps what waits on a desk: rejected tickets, and
 * submitted tickets sitting on a community, street or district node (unroutable, escalated, moved there).
 */
public record BoardFilter(Set<TicketStatus> statuses, Long regionId, Long categoryId, TicketKind kind,
		Channel channel, DeadlineState deadline, boolean unrated, boolean returnVisitDue, boolean awaitingDispatch) {

	public static final BoardFilter ALL = new BoardFilter(null, null, null, null, null, null, false, false, false);

}
