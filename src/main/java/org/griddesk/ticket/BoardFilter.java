package org.griddesk.ticket;

import java.time.Instant;
import java.util.Set;

import org.griddesk.catalog.TicketKind;

/**
 * What a command center's ticket board is narrowed to; every part is optional. {@code regionId} narrows to that
 * region and everything below it; {@code awaitingDispatch} keeps what waits on a desk: rejected tickets, and
 * submitted tickets sitting on a community, street or district node (unroutable, escalated, moved there).
 * {@code submittedFrom} (inclusive) and {@code submittedBefore} (exclusive) bound the submission time, {@code accepted}
 * keeps tickets that have been taken up (their acceptance stands) and {@code rated} tickets with a rating: together
 * they give the cohorts behind the dashboards' figures.
 */
public record BoardFilter(Set<TicketStatus> statuses, Long regionId, Long categoryId, TicketKind kind,
		Channel channel, DeadlineState deadline, boolean unrated, boolean returnVisitDue, boolean awaitingDispatch,
		Instant submittedFrom, Instant submittedBefore, boolean accepted, boolean rated) {

	public static final BoardFilter ALL = new BoardFilter(null, null, null, null, null, null, false, false, false);

	public BoardFilter(Set<TicketStatus> statuses, Long regionId, Long categoryId, TicketKind kind, Channel channel,
			DeadlineState deadline, boolean unrated, boolean returnVisitDue, boolean awaitingDispatch) {
		this(statuses, regionId, categoryId, kind, channel, deadline, unrated, returnVisitDue, awaitingDispatch, null,
				null, false, false);
	}

	boolean hasPeriod() {
		return this.submittedFrom != null || this.submittedBefore != null;
	}

}
