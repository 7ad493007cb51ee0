package org.griddesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.griddesk.account.Accounts;
import org.griddesk.catalog.Catalog;
import org.griddesk.region.Departments;
import org.griddesk.region.Regions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Component;

/**
 * Tickets as pages show them, with names instead of ids: shared by the readers and by the changes that answer with
 * the changed ticket's line, read in their own transaction.
 */
@Component
class TicketViews {

	private final Catalog catalog;

	private final Regions regions;

	private final Departments departments;

	private final Accounts accounts;

	private final Clock clock;

	TicketViews(Catalog catalog, Regions regions, Departments departments, Accounts accounts, Clock clock) {
		this.catalog = catalog;
		this.regions = regions;
		this.departments = departments;
		this.accounts = accounts;
		this.clock = clock;
	}

	TicketRow row(Ticket ticket) {
		return rows(new PageImpl<>(List.of(ticket))).getContent().get(0);
	}

	Page<TicketRow> rows(Page<Ticket> page) {
		Map<Long, String> assignees = assigneeNames(page.getContent());
		Instant now = this.clock.instant();
		return page.map(ticket -> new TicketRow(ticket.getId(), ticket.getNumber(), ticket.getKind(),
				category(ticket.getCategoryId()), ticket.getStatus(), ticket.getTitle(),
				this.regions.shortName(ticket.getRegionId()), assignees.get(ticket.getAssigneeId()),
				ticket.getChannel(), ticket.getSubmittedAt(), currentDue(ticket), deadlineState(ticket, now),
				ticket.isReturnVisitDue()));
	}

	TicketView view(Ticket ticket) {
		Map<Long, String> assignees = assigneeNames(List.of(ticket));
		return new TicketView(ticket.getId(), ticket.getNumber(), ticket.getKind(), ticket.getCategoryId(),
				category(ticket.getCategoryId()), ticket.getChannel(), ticket.getStatus(), ticket.getTitle(),
				ticket.getDescription(), ticket.getRegionId(), this.regions.shortName(ticket.getRegionId()),
				ticket.getDepartmentId(), department(ticket.getDepartmentId()), ticket.getAssigneeId(),
				assignees.get(ticket.getAssigneeId()), ticket.getResidentId(), ticket.getPersonId(),
				ticket.getHouseholdId(), ticket.getAddress(), ticket.getContactPhone(), ticket.isProxyRequested(),
				ticket.getProxyWindow(), ticket.getSubmittedAt(), ticket.getAcceptDueAt(), ticket.getResolveDueAt(),
				ticket.getAcceptedAt(), ticket.getResolvedAt(), ticket.getClosedAt(), ticket.getResolution(),
				ticket.getRatingSolved(), ticket.getRatingScore(), ticket.getRatingComment(),
				ticket.isReturnVisitDue(), ticket.getReopenCount(), deadlineState(ticket, this.clock.instant()),
				ticket.getVersion());
	}

	private static Instant currentDue(Ticket ticket) {
		return ticket.getStatus() == TicketStatus.SUBMITTED ? ticket.getAcceptDueAt() : ticket.getResolveDueAt();
	}

	private static DeadlineState deadlineState(Ticket ticket, Instant now) {
		return DeadlineState.of(ticket.getStatus(), ticket.getWindowStartAt(), ticket.getAcceptDueAt(),
				ticket.getAcceptWarningAt(), ticket.getResolveDueAt(), ticket.getResolveWarningAt(), now);
	}

	/** The assignees' names for a page of tickets, looked up in one go rather than per row. */
	private Map<Long, String> assigneeNames(Collection<Ticket> page) {
		Set<Long> accountIds = new HashSet<>();
		page.forEach(ticket -> {
			if (ticket.getAssigneeId() != null) {
				accountIds.add(ticket.getAssigneeId());
			}
		});
		return this.accounts.displayNames(accountIds);
	}

	/** Categories, grids and departments come from their owners' per-id reference caches. */
	private String category(Long id) {
		return this.catalog.get(id).name();
	}

	private String department(Long id) {
		return id == null ? null : this.departments.get(id).name();
	}

}
