package org.griddesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.account.Accounts;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading tickets, always through the reader's scope: what they may not see does not exist for them. */
@Service
@Transactional(readOnly = true)
public class Tickets {

	private final TicketRepository tickets;

	private final TicketEventRepository events;

	private final TicketViews views;

	private final Regions regions;

	private final Accounts accounts;

	private final TicketPhotos photos;

	private final Clock clock;

	private final ProxyVisitRepository proxyVisits;

	private final TicketBoard board;

	private final List<TicketViewGrant> grants;

	Tickets(TicketRepository tickets, TicketEventRepository events, TicketViews views, Regions regions,
			Accounts accounts, TicketPhotos photos, Clock clock, ProxyVisitRepository proxyVisits, TicketBoard board,
			List<TicketViewGrant> grants) {
		this.tickets = tickets;
		this.events = events;
		this.views = views;
		this.regions = regions;
		this.accounts = accounts;
		this.photos = photos;
		this.clock = clock;
		this.proxyVisits = proxyVisits;
		this.board = board;
		this.grants = grants;
	}

	public TicketView view(Long id, Actor actor) {
		Ticket ticket = this.tickets.findById(id)
			.filter(candidate -> TicketAccess.canView(candidate, actor, this.grants))
			.orElseThrow(() -> new NotFoundException("ticket", id));
		return this.views.view(ticket);
	}

	/** A ticket as GridDesk itself reads it, for scheduled jobs acting without a user; never for a request. */
	public TicketView forSystem(Long id) {
		return this.views.view(this.tickets.findById(id).orElseThrow(() -> new NotFoundException("ticket", id)));
	}

	/** Whether the actor may work this ticket (accept, start, resolve, reject): pages show the buttons only then. */
	public boolean canHandle(Long id, Actor actor) {
		return this.tickets.findById(id)
			.filter(ticket -> TicketAccess.canView(ticket, actor, this.grants))
			.map(ticket -> TicketAccess.canHandle(ticket, actor))
			.orElse(false);
	}

	public List<TimelineEntry> timeline(Long id, Actor actor) {
		view(id, actor);
		List<TicketEvent> entries = this.events.findByTicketIdOrderByIdAsc(id);
		Map<Long, String> names = this.accounts.displayNames(
				entries.stream().map(TicketEvent::getActorId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return timelineEntries(entries, names, this.photos.idsByEvent(id));
	}

	/**
	 * The timelines of a list of tickets in a few reads rather than some per ticket, each in its own order; tickets
	 * the actor may not see are left out.
	 */
	public Map<Long, List<TimelineEntry>> timelines(Collection<Long> ids, Actor actor) {
		Set<Long> visible = this.tickets.findAllById(ids)
			.stream()
			.filter(ticket -> TicketAccess.canView(ticket, actor, this.grants))
			.map(Ticket::getId)
			.collect(Collectors.toSet());
		if (visible.isEmpty()) {
			return Map.of();
		}
		List<TicketEvent> entries = this.events.findByTicketIdInOrderByIdAsc(visible);
		Map<Long, String> names = this.accounts.displayNames(
				entries.stream().map(TicketEvent::getActorId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, List<Long>> photos = this.photos.idsByEvent(visible);
		return entries.stream()
			.collect(Collectors.groupingBy(TicketEvent::getTicketId,
					Collectors.collectingAndThen(Collectors.toList(),
							ticketEntries -> timelineEntries(ticketEntries, names, photos))));
	}

	/** The tickets the actor may see, narrowed by the filter, in the pageable's order. */
	public Page<TicketRow> list(Actor actor, TicketFilter filter, Pageable pageable) {
		Specification<Ticket> spec = TicketAccess.visibleTo(actor).and(TicketAccess.matching(filter));
		return this.views.rows(this.tickets.findAll(spec, pageable));
	}

	/** Timeline lines with their actors' names and photos; system events have no actor. */
	private static List<TimelineEntry> timelineEntries(List<TicketEvent> entries, Map<Long, String> names,
			Map<Long, List<Long>> photos) {
		return entries.stream()
			.map(event -> event.toEntry(event.getActorId() == null ? null : names.get(event.getActorId()),
					photos.getOrDefault(event.getId(), List.of())))
			.toList();
	}

	/** The staff ticket page in one read: 404 outside the reader's scope, like {@link #view}. */
	public TicketDetail detail(Long id, Actor actor) {
		Ticket ticket = this.tickets.findById(id)
			.filter(candidate -> TicketAccess.canView(candidate, actor, this.grants))
			.orElseThrow(() -> new NotFoundException("ticket", id));
		List<TicketEvent> entries = this.events.findByTicketIdOrderByIdAsc(id);
		List<ProxyVisit> visits = this.proxyVisits.findByTicketIdOrderByVisitedAtAscIdAsc(id);
		Set<Long> people = new HashSet<>();
		entries.stream().map(TicketEvent::getActorId).filter(Objects::nonNull).forEach(people::add);
		visits.forEach(visit -> people.add(visit.getWorkerId()));
		Map<Long, String> names = this.accounts.displayNames(people);
		return new TicketDetail(this.views.view(ticket),
				timelineEntries(entries, names, this.photos.idsByEvent(id)),
				visits.stream().map(visit -> visit.toView(names.get(visit.getWorkerId()))).toList(),
				TicketAccess.canHandle(ticket, actor), TicketAccess.canWork(ticket, actor));
	}

	/**
	 * A command center's board: the tickets of the actor's scope matching the filter, newest first. Pages stop at
	 * {@code cap} rows, and so does the count: narrowing the filter beats paging through a million rows.
	 */
	public TicketBoardPage board(Actor actor, BoardFilter filter, int page, int size, int cap) {
		Set<Long> regionIds = new HashSet<>(actor.scope().regionIds());
		if (filter.regionId() != null) {
			regionIds.retainAll(this.regions.subtree(filter.regionId()).stream().map(RegionView::id).toList());
		}
		Set<Long> desks = this.regions.tree()
			.stream()
			.filter(region -> region.level() != RegionLevel.GRID && regionIds.contains(region.id()))
			.map(RegionView::id)
			.collect(Collectors.toSet());
		int lastPage = Math.max(0, (cap - 1) / size);
		int number = Math.min(Math.max(0, page), lastPage);
		int offset = number * size;
		List<Long> ids = this.board.ids(regionIds, desks, filter, this.clock.instant(), offset, cap + 1 - offset);
		boolean capped = offset + ids.size() > cap;
		List<Long> shown = ids.subList(0, Math.min(size, ids.size()));
		Map<Long, Ticket> loaded = this.tickets.findAllById(shown)
			.stream()
			.collect(Collectors.toMap(Ticket::getId, Function.identity()));
		List<Ticket> ordered = shown.stream().map(loaded::get).filter(Objects::nonNull).toList();
		long total = Math.min(cap, offset + ids.size());
		Page<Ticket> tickets = new PageImpl<>(ordered, PageRequest.of(number, size), total);
		return new TicketBoardPage(this.views.rows(tickets), capped);
	}

	/**
	 * Open tickets whose deadline check time has come, after {@code after} ({@code null}: from the first): what the
	 * deadline sweep walks through, a batch at a time.
	 */
	public List<DeadlineWatch> dueForDeadlineCheck(Instant now, DeadlineWatch after, int limit) {
		return this.board.dueForCheck(now, after, limit);
	}

	/**
	 * The tickets with these ids that the actor may see, as list rows in the order of the ids — for lists another
	 * module keeps (a department's summonses, escalated urges); the others are left out.
	 */
	public List<TicketRow> rows(Actor actor, List<Long> ids) {
		Map<Long, Ticket> visible = this.tickets.findAllById(ids)
			.stream()
			.filter(ticket -> TicketAccess.canView(ticket, actor, this.grants))
			.collect(Collectors.toMap(Ticket::getId, Function.identity()));
		List<Ticket> ordered = ids.stream().distinct().map(visible::get).filter(Objects::nonNull).toList();
		return this.views.rows(new PageImpl<>(ordered)).getContent();
	}

	public Page<TicketRow> ofResident(Long residentId, Pageable pageable) {
		return this.views.rows(this.tickets.findByResidentIdOrderBySubmittedAtDescIdDesc(residentId, pageable));
	}

}
