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
		Names names = names(page.getContent());
		Instant now = this.clock.instant();
		return page.map(ticket -> new TicketRow(ticket.getId(), ticket.getNumber(), ticket.getKind(),
				names.category(ticket.getCategoryId()), ticket.getStatus(), ticket.getTitle(),
				names.region(ticket.getRegionId()), names.account(ticket.getAssigneeId()), ticket.getChannel(),
				ticket.getSubmittedAt(), currentDue(ticket), deadlineState(ticket, now), ticket.isReturnVisitDue()));
	}

	TicketView view(Ticket ticket) {
		Names names = names(List.of(ticket));
		return new TicketView(ticket.getId(), ticket.getNumber(), ticket.getKind(), ticket.getCategoryId(),
				names.category(ticket.getCategoryId()), ticket.getChannel(), ticket.getStatus(), ticket.getTitle(),
				ticket.getDescription(), ticket.getRegionId(), names.region(ticket.getRegionId()),
				ticket.getDepartmentId(), names.department(ticket.getDepartmentId()), ticket.getAssigneeId(),
				names.account(ticket.getAssigneeId()), ticket.getResidentId(), ticket.getPersonId(),
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

	/**
	 * Names for a page of tickets: the assignees' looked up in one go rather than per row; categories, grids and
	 * departments from their owners' reference caches.
	 */
	private Names names(Collection<Ticket> page) {
		Set<Long> accountIds = new HashSet<>();
		page.forEach(ticket -> {
			if (ticket.getAssigneeId() != null) {
				accountIds.add(ticket.getAssigneeId());
			}
		});
		return new Names(this.accounts.displayNames(accountIds));
	}

	private final class Names {

		private final Map<Long, String> accounts;

		private Names(Map<Long, String> accounts) {
			this.accounts = accounts;
		}

		String category(Long id) {
			return TicketViews.this.catalog.get(id).name();
		}

		String region(Long id) {
			return TicketViews.this.regions.shortName(id);
		}

		String department(Long id) {
			return id == null ? null : TicketViews.this.departments.get(id).name();
		}

		String account(Long id) {
			return id == null ? null : this.accounts.get(id);
		}

	}

}
