package org.griddesk.ticket;

import java.util.List;

/** Everything a staff ticket page shows, read in one go: the ticket, its timeline and home visits, and whether the reader works it. */
public record TicketDetail(TicketView ticket, List<TimelineEntry> timeline, List<ProxyVisitView> proxyVisits,
		boolean canHandle) {
}
