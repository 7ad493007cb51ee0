package org.griddesk.ticket;

import java.util.Set;

import org.griddesk.catalog.TicketKind;

/** What a list of tickets is narrowed to; every part is optional. */
public record TicketFilter(Set<TicketStatus> statuses, Long categoryId, TicketKind kind, Set<Long> regionIds,
		Long householdId, Long personId, String text) {

	public static final TicketFilter ALL = new TicketFilter(null, null, null, null, null, null, null);

	/** Whether any part narrows the list at all. */
	public boolean narrows() {
		return (this.statuses != null && !this.statuses.isEmpty()) || this.categoryId != null || this.kind != null
				|| (this.regionIds != null && !this.regionIds.isEmpty()) || this.householdId != null
				|| this.personId != null || (this.text != null && !this.text.isBlank());
	}

	public TicketFilter withStatuses(Set<TicketStatus> newStatuses) {
		return new TicketFilter(newStatuses, this.categoryId, this.kind, this.regionIds, this.householdId,
				this.personId, this.text);
	}

	public TicketFilter withText(String newText) {
		return new TicketFilter(this.statuses, this.categoryId, this.kind, this.regionIds, this.householdId,
				this.personId, newText);
	}

}
