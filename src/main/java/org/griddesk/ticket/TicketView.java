package org.griddesk.ticket;

import java.time.Instant;

import org.griddesk.catalog.TicketKind;

/** A ticket as its detail page shows it, with the names of its category, owner and people resolved. */
public record TicketView(Long id, String number, TicketKind kind, Long categoryId, String categoryName,
		Channel channel, TicketStatus status, String title, String description, Long regionId, String regionName,
		Long departmentId, String departmentName, Long assigneeId, String assigneeName, Long residentId,
		Long personId, Long householdId, String address, String contactPhone, boolean proxyRequested,
		String proxyWindow, Instant submittedAt, Instant acceptDueAt, Instant resolveDueAt, Instant acceptedAt,
		Instant resolvedAt, Instant closedAt, String resolution, Boolean ratingSolved, Short ratingScore,
		String ratingComment, boolean returnVisitDue, int reopenCount, DeadlineState deadlineState, long version) {

	/** The deadline that matters now: accept while submitted, then resolve. */
	public Instant currentDue() {
		return this.status == TicketStatus.SUBMITTED ? this.acceptDueAt : this.resolveDueAt;
	}

}
