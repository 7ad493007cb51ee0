package org.griddesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.account.Accounts;
import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
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

	/** Names for a page of tickets, looked up in one go rather than per row. */
	private Names names(Collection<Ticket> page) {
		Set<Long> accountIds = new HashSet<>();
		page.forEach(ticket -> {
			if (ticket.getAssigneeId() != null) {
				accountIds.add(ticket.getAssigneeId());
			}
		});
		Map<Long, RegionView> regionsById = this.regions.tree()
			.stream()
			.collect(Collectors.toMap(RegionView::id, Function.identity()));
		return new Names(
				this.catalog.all().stream().collect(Collectors.toMap(CategoryView::id, CategoryView::name)),
				regionsById,
				this.departments.all().stream().collect(Collectors.toMap(DepartmentView::id, DepartmentView::name)),
				this.accounts.displayNames(accountIds));
	}

	private record Names(Map<Long, String> categories, Map<Long, RegionView> regions, Map<Long, String> departments,
			Map<Long, String> accounts) {

		String category(Long id) {
			return this.categories.get(id);
		}

		/** A grid is named with its community, which is how people tell grids apart. */
		String region(Long id) {
			RegionView region = this.regions.get(id);
			if (region == null) {
				return null;
			}
			RegionView parent = region.parentId() == null ? null : this.regions.get(region.parentId());
			return region.level() == RegionLevel.GRID && parent != null ? parent.name() + " " + region.name()
					: region.name();
		}

		String department(Long id) {
			return id == null ? null : this.departments.get(id);
		}

		String account(Long id) {
			return id == null ? null : this.accounts.get(id);
		}

	}

}
