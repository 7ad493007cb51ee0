package org.griddesk.dispatch;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.account.Accounts;
import org.griddesk.account.AccountView;
import org.griddesk.account.Role;
import org.griddesk.catalog.Catalog;
import org.griddesk.dispatch.DeskViews.BoardView;
import org.griddesk.dispatch.DeskViews.DeskActions;
import org.griddesk.dispatch.DeskViews.RegionOption;
import org.griddesk.dispatch.DeskViews.WorkerOption;
import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.BoardFilter;
import org.griddesk.ticket.TicketBoardPage;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.web.DateTimes;
import org.griddesk.web.NotFoundException;
import org.griddesk.web.PageLinks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads what a command center's dispatch desk shows: the board of its scope, and on the staff ticket page the moves
 * open to the commander. The moves themselves go through {@link org.griddesk.ticket.TicketLifecycle},
 * {@link Whistles} and {@link Supervision}.
 */
@Service
@Transactional(readOnly = true)
class CommandDesk {

	static final int PAGE_SIZE = 25;

	/** Rows a board pages through and counts before it asks for a narrower filter. */
	static final int CAP = 1000;

	private static final int AWAITING_SHOWN = 10;

	private static final Set<TicketStatus> MOVABLE = EnumSet.of(TicketStatus.SUBMITTED, TicketStatus.ACCEPTED,
			TicketStatus.IN_PROGRESS, TicketStatus.REJECTED);

	private final Tickets tickets;

	private final Regions regions;

	private final Catalog catalog;

	private final Departments departments;

	private final Accounts accounts;

	private final Supervision supervision;

	private final DateTimes dates;

	CommandDesk(Tickets tickets, Regions regions, Catalog catalog, Departments departments, Accounts accounts,
			Supervision supervision, DateTimes dates) {
		this.tickets = tickets;
		this.regions = regions;
		this.catalog = catalog;
		this.departments = departments;
		this.accounts = accounts;
		this.supervision = supervision;
		this.dates = dates;
	}

	/**
	 * The board of the actor's scope. A region outside it answers 404, as the dashboards do; the period's days run from
	 * midnight to midnight in the district's time zone, the way the dashboards count them.
	 */
	BoardView board(Actor actor, BoardForm form) {
		if (form.regionId() != null && !actor.scope().contains(form.regionId())) {
			throw new NotFoundException("region", form.regionId());
		}
		ZoneId zone = this.dates.zone();
		Instant from = form.from() == null ? null : form.from().atStartOfDay(zone).toInstant();
		Instant before = form.to() == null ? null : form.to().plusDays(1).atStartOfDay(zone).toInstant();
		BoardFilter filter = new BoardFilter(form.statuses(), form.regionId(), form.categoryId(), form.kind(),
				form.channel(), form.deadline(), form.isUnrated(), form.isReturnVisit(), form.isAwaiting(), from, before,
				form.isAccepted(), form.isRated());
		TicketBoardPage page = this.tickets.board(actor, filter, form.pageNumber(), PAGE_SIZE, CAP);
		BoardFilter awaiting = new BoardFilter(null, null, null, null, null, null, false, false, true);
		TicketBoardPage queue = this.tickets.board(actor, awaiting, 0, AWAITING_SHOWN, AWAITING_SHOWN);
		return new BoardView(deskName(actor), page.page().getContent(), PageLinks.of(page.page()), page.capped(), CAP,
				pageBase(form), queue.page().getContent(), this.supervision.escalatedTo(actor, AWAITING_SHOWN),
				regionsInScope(actor), this.catalog.all());
	}

	/**
	 * The moves open to a commander on a ticket they see (the caller read it through the ticket module's scope
	 * check): where it may go, who may take it, whom to summon. Anyone else gets none ({@code null}).
	 */
	DeskActions actions(TicketView ticket, Actor actor) {
		if (!actor.role().isCommander()) {
			return null;
		}
		List<RegionOption> targets = regionsInScope(actor);
		RegionView current = this.regions.get(ticket.regionId());
		Map<Long, RegionView> all = names();
		List<RegionOption> below = this.regions.subtree(current.id())
			.stream()
			.filter(region -> !region.id().equals(current.id()) && actor.scope().contains(region.id()))
			.map(region -> option(region, all))
			.toList();
		boolean open = ticket.status().isOpen();
		boolean movable = MOVABLE.contains(ticket.status());
		boolean whistler = actor.is(Role.COMMUNITY_STAFF) || actor.is(Role.STREET_COMMANDER);
		List<DepartmentView> enabled = this.departments.all().stream().filter(DepartmentView::enabled).toList();
		return new DeskActions(targets, workers(actor, targets), below, enabled, movable,
				movable && current.parentId() != null, open && whistler, open);
	}

	private List<WorkerOption> workers(Actor actor, List<RegionOption> targets) {
		Map<Long, RegionOption> grids = targets.stream()
			.filter(option -> option.level() == RegionLevel.GRID)
			.collect(Collectors.toMap(RegionOption::id, Function.identity()));
		List<AccountView> workers = this.accounts.withRoleIn(Role.GRID_WORKER, grids.keySet());
		return workers.stream()
			.flatMap(worker -> worker.regionIds()
				.stream()
				.filter(grids::containsKey)
				.sorted()
				.map(grid -> new WorkerOption(worker.id(), grid, grids.get(grid).label() + " · " + worker.displayName())))
			.sorted((a, b) -> a.label().compareTo(b.label()))
			.toList();
	}

	/** The actor's regions, in tree order, with the actor's own node first. */
	private List<RegionOption> regionsInScope(Actor actor) {
		Map<Long, RegionView> all = names();
		return all.values()
			.stream()
			.filter(region -> actor.scope().contains(region.id()))
			.sorted((a, b) -> a.path().compareTo(b.path()))
			.map(region -> option(region, all))
			.toList();
	}

	private Map<Long, RegionView> names() {
		return this.regions.tree().stream().collect(Collectors.toMap(RegionView::id, Function.identity()));
	}

	private static RegionOption option(RegionView region, Map<Long, RegionView> all) {
		RegionView parent = region.parentId() == null ? null : all.get(region.parentId());
		String label = region.level() == RegionLevel.GRID && parent != null ? parent.name() + " " + region.name()
				: region.name();
		return new RegionOption(region.id(), region.level(), label);
	}

	private String deskName(Actor actor) {
		return actor.boundRegionIds().stream().findFirst().map(id -> this.regions.get(id).name()).orElse("");
	}

	/** The board's URL with the current filters, for the page links to append their page number to. */
	private static String pageBase(BoardForm form) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/command");
		addIfPresent(uri, "status", form.status());
		addIfPresent(uri, "regionId", form.regionId());
		addIfPresent(uri, "categoryId", form.categoryId());
		addIfPresent(uri, "kind", form.kind());
		addIfPresent(uri, "channel", form.channel());
		addIfPresent(uri, "deadline", form.deadline());
		addIfPresent(uri, "from", form.from());
		addIfPresent(uri, "to", form.to());
		if (form.isAccepted()) {
			uri.queryParam("accepted", true);
		}
		if (form.isRated()) {
			uri.queryParam("rated", true);
		}
		if (form.isUnrated()) {
			uri.queryParam("unrated", true);
		}
		if (form.isReturnVisit()) {
			uri.queryParam("returnVisit", true);
		}
		if (form.isAwaiting()) {
			uri.queryParam("awaiting", true);
		}
		return uri.build().encode().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}

}
