package org.griddesk.ticket;

import java.util.List;

/**
 * Everything a staff ticket page shows, read in one go: the ticket, its timeline and home visits, whether the reader
 * may take it ({@code canHandle}) and whether they may work it now ({@code canWork}: not someone else's once taken).
 */
public record TicketDetail(TicketView ticket, List<TimelineEntry> timeline, List<ProxyVisitView> proxyVisits,
		boolean canHandle, boolean canWork) {
}
