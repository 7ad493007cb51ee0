package org.griddesk.ticket;

import org.griddesk.catalog.TicketKind;

/**
 * A new matter. Location is a household (whose grid is {@code gridId}), or a grid plus a free address, or — from
 * other systems — nothing placeable ({@code gridId == null}), which lands on the district desk. {@code submissionKey}
 * makes a repeated submission (double click, back-and-resubmit) return the first ticket instead of a second one.
 */
public record SubmitTicket(TicketKind kind, Long categoryId, String title, String description, Long gridId,
		Long householdId, Long personId, String address, String contactPhone, boolean proxyRequested,
		String proxyWindow, Channel channel, String submissionKey) {
}
