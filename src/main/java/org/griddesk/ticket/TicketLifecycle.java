package org.griddesk.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.griddesk.account.Accounts;
import org.griddesk.account.Role;
import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.ledger.HouseholdView;
import org.griddesk.ledger.Ledger;
import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.web.ConflictException;
import org.griddesk.web.DateTimes;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a ticket goes through here: it checks who may do it and what the state machine allows, records
 * the event on the append-only timeline, and publishes {@link TicketStatusChanged}.
 */
@Service
@Transactional
public class TicketLifecycle {

	static final Duration UNRATED_CLOSE_AFTER = Duration.ofDays(7);

	static final int TITLE_MAX = 100;

	static final int DESCRIPTION_MAX = 4000;

	static final int ADDRESS_MAX = 200;

	static final int PHONE_MAX = 20;

	static final int PROXY_WINDOW_MAX = 64;

	static final int REASON_MAX = 1000;

	static final int COMMENT_MAX = 1000;

	private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final TicketRepository tickets;

	private final TicketEventRepository events;

	private final Catalog catalog;

	private final Regions regions;

	private final Routing routing;

	private final ApplicationEventPublisher publisher;

	private final Accounts accounts;

	private final DateTimes dates;

	private final TicketPhotos photos;

	private final Clock clock;

	private final ProxyVisitRepository proxyVisits;

	private final Deadlines deadlines;

	private final Departments departments;

	private final List<ResolveGuard> resolveGuards;

	private final List<TicketViewGrant> grants;

	private final Ledger ledger;

	private final TicketViews views;

	private final TicketBoard board;

	TicketLifecycle(TicketRepository tickets, TicketEventRepository events, Catalog catalog, Regions regions,
			Routing routing, ApplicationEventPublisher publisher, Accounts accounts, DateTimes dates,
			TicketPhotos photos, Clock clock, ProxyVisitRepository proxyVisits, Deadlines deadlines,
			Departments departments, List<ResolveGuard> resolveGuards, List<TicketViewGrant> grants, Ledger ledger,
			TicketViews views, TicketBoard board) {
		this.photos = photos;
		this.tickets = tickets;
		this.events = events;
		this.proxyVisits = proxyVisits;
		this.catalog = catalog;
		this.regions = regions;
		this.routing = routing;
		this.publisher = publisher;
		this.accounts = accounts;
		this.dates = dates;
		this.clock = clock;
		this.deadlines = deadlines;
		this.departments = departments;
		this.resolveGuards = resolveGuards;
		this.grants = grants;
		this.ledger = ledger;
		this.views = views;
		this.board = board;
	}

	/**
	 * Files a new matter: routes it by the responsibility list, sets its deadlines and numbers it. A submission key
	 * the same account sent before returns the ticket that submission created; one another account used is refused.
	 */
	public Long submit(SubmitTicket command, Actor actor) {
		return submit(command, List.of(), actor);
	}

	/**
	 * Files a new matter with up to {@link TicketPhotos#MAX_PHOTOS} photos, which are checked and stripped of their
	 * metadata first and then belong to the submission event. A repeated submission key stores no photos again.
	 */
	public Long submit(SubmitTicket submission, List<PhotoUpload> photos, Actor actor) {
		if (submission.submissionKey() != null) {
			this.tickets.lockSubmissionKey(submission.submissionKey());
			var existing = this.tickets.findBySubmissionKey(submission.submissionKey());
			if (existing.isPresent()) {
				Long earlier = existing.get().getId();
				Long submitter = this.events.findSubmitterId(earlier).orElse(null);
				if (!Objects.equals(submitter, actor == null ? null : actor.accountId())) {
					throw new SubmissionKeyTakenException();
				}
				return earlier;
			}
		}
		SubmitTicket command = placedAtHome(submission, actor);
		checkTexts(command);
		List<CleanPhoto> cleaned = this.photos.clean(photos);
		CategoryView category = offeredCategory(command);
		checkChannel(command, actor);
		Route route = this.routing.route(category, command.gridId());
		Instant now = this.clock.instant();
		String number = LocalDate.ofInstant(now, this.dates.zone()).format(NUMBER_DATE) + "-"
				+ String.format("%06d", this.tickets.nextNumber());
		Long residentId = actor != null && actor.is(Role.RESIDENT) ? actor.accountId() : null;
		Ticket ticket = this.tickets.save(new Ticket(number, category.kind(), category.id(), command.channel(),
				command.title().strip(), command.description().strip(), route, command, residentId, now,
				this.deadlines.window(now, category.acceptWindowHours(), category.windowCalendar()),
				this.deadlines.window(now, category.resolveWindowHours(), category.windowCalendar())));
		TicketEvent submitted = record(ticket, TicketEventType.SUBMITTED, actor, null, command.channel().name());
		this.photos.attach(ticket.getId(), submitted.getId(), cleaned);
		record(ticket, TicketEventType.ROUTED, null, TicketStatus.SUBMITTED, route.reason());
		return ticket.getId();
	}

	/** 接单: of several staff accepting at once exactly one wins; the others learn who took it and when. */
	public void accept(Long ticketId, Actor actor) {
		Ticket ticket = handled(ticketId, actor);
		Instant now = this.clock.instant();
		if (this.tickets.claim(ticketId, actor.accountId(), now) == 0) {
			Ticket current = load(ticketId);
			if (current.getAcceptedAt() != null && current.getStatus().isOpen()) {
				String taker = this.accounts.displayNames(List.of(current.getAssigneeId()))
					.getOrDefault(current.getAssigneeId(), "?");
				throw new AlreadyAcceptedException(current.getNumber(), taker,
						this.dates.dateTime(current.getAcceptedAt()));
			}
			throw new ConflictException("ticket.error.illegalTransition", current.getNumber(), current.getStatus().label());
		}
		Ticket accepted = load(ticketId);
		record(accepted, TicketEventType.ACCEPTED, actor, ticket.getStatus(), null);
	}

	/**
	 * 接单 from the queue, which redraws the ticket's line with the answer. The line is built in the acceptance's own
	 * transaction from the ticket it has just read, so answering costs no second read. A lost race is an answer too
	 * (the line then shows who took the ticket), not a failure.
	 */
	public QueueAcceptance acceptFromQueue(Long ticketId, Actor actor) {
		AlreadyAcceptedException lost = null;
		try {
			accept(ticketId, actor);
		}
		catch (AlreadyAcceptedException ex) {
			lost = ex;
		}
		return new QueueAcceptance(this.views.row(load(ticketId)), lost);
	}

	public void start(Long ticketId, Actor actor) {
		Ticket ticket = worked(ticketId, actor);
		TicketStatus from = ticket.getStatus();
		ticket.start(this.clock.instant());
		record(ticket, TicketEventType.STARTED, actor, from, null);
	}

	/**
	 * 办结: the resolution text is required, it is what the resident rates. Other modules' {@link ResolveGuard}s may
	 * refuse (a whistle still open).
	 */
	public void resolve(Long ticketId, Actor actor, String resolution) {
		requireText("resolution", resolution);
		Ticket ticket = worked(ticketId, actor);
		this.resolveGuards.forEach(guard -> guard.check(ticketId));
		TicketStatus from = ticket.getStatus();
		ticket.resolve(resolution.strip(), this.clock.instant());
		record(ticket, TicketEventType.RESOLVED, actor, from, resolution.strip());
	}

	/** Out of scope for its owner: the ticket goes to the community desk above (or the district's) for re-routing. */
	public void reject(Long ticketId, Actor actor, String reason) {
		requireText("reason", reason);
		Ticket ticket = worked(ticketId, actor);
		TicketStatus from = ticket.getStatus();
		ticket.reject(deskAbove(ticket.getRegionId()));
		record(ticket, TicketEventType.REJECTED, actor, from, reason.strip());
	}

	/** A progress note; staff who can see the ticket may add one while it is open. */
	public void addNote(Long ticketId, Actor actor, String note) {
		addNote(ticketId, actor, note, List.of());
	}

	/**
	 * A progress note with up to {@link TicketPhotos#MAX_PHOTOS} photos, checked and stripped like a submission's;
	 * they belong to the note's timeline entry, which the resident reads as well (there are no internal notes).
	 */
	public void addNote(Long ticketId, Actor actor, String note, List<PhotoUpload> photos) {
		requireText("note", note);
		Ticket ticket = visible(ticketId, actor);
		if (ticket.getStatus().isFinal() || actor.is(Role.RESIDENT)) {
			throw new ConflictException("ticket.error.illegalTransition", ticket.getNumber(), ticket.getStatus().label());
		}
		List<CleanPhoto> cleaned = this.photos.clean(photos);
		TicketEvent noted = record(ticket, TicketEventType.NOTE, actor, ticket.getStatus(), note.strip());
		this.photos.attach(ticket.getId(), noted.getId(), cleaned);
	}

	/**
	 * 上门代办: the handler reports a visit to the resident's home while the ticket is in hand. The visit cannot lie in
	 * the future nor before the ticket existed (to the minute, which is what the form offers).
	 */
	public void recordProxyVisit(Long ticketId, Actor actor, RecordProxyVisit visit) {
		if (visit.visitedAt() == null) {
			throw new InvalidInputException("visitedAt", "worker.error.visitTimeRequired");
		}
		requireText("outcome", visit.outcome());
		Ticket ticket = worked(ticketId, actor);
		Instant now = this.clock.instant();
		if (visit.visitedAt().isAfter(now)) {
			throw new InvalidInputException("visitedAt", "worker.error.visitInFuture");
		}
		if (visit.visitedAt().isBefore(ticket.getSubmittedAt().truncatedTo(ChronoUnit.MINUTES))) {
			throw new InvalidInputException("visitedAt", "worker.error.visitBeforeSubmission");
		}
		ticket.requireInHand();
		String outcome = visit.outcome().strip();
		this.proxyVisits.save(new ProxyVisit(ticketId, actor.accountId(), visit.visitedAt(), outcome,
				visit.formalityCompleted(), now));
		record(ticket, TicketEventType.PROXY_VISIT, actor, ticket.getStatus(),
				this.dates.dateTime(visit.visitedAt()) + " " + outcome);
	}

	/** The resident withdraws a ticket nobody has accepted yet. */
	public void cancel(Long ticketId, Actor actor, String reason) {
		requireText("reason", reason);
		checkLength("reason", reason, REASON_MAX);
		Ticket ticket = ownTicket(ticketId, actor);
		TicketStatus from = ticket.getStatus();
		ticket.cancel(this.clock.instant());
		record(ticket, TicketEventType.CANCELLED, actor, from, reason.strip());
	}

	/**
	 * 效果直评: two separate answers. Solved closes the ticket (a score of 1–2 also flags it for a supervisor's return
	 * visit); not solved reopens it to its owner with half the resolve window.
	 */
	public void rate(Long ticketId, Actor actor, boolean solved, int score, String comment) {
		if (score < 1 || score > 5) {
			throw new InvalidInputException("score", "ticket.error.score");
		}
		checkLength("comment", comment, COMMENT_MAX);
		Ticket ticket = ownTicket(ticketId, actor);
		TicketStatus from = ticket.getStatus();
		CategoryView category = this.catalog.get(ticket.getCategoryId());
		Instant now = this.clock.instant();
		Window reopened = this.deadlines.window(now, Math.max(1, category.resolveWindowHours() / 2),
				category.windowCalendar());
		String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
		ticket.rate(solved, score, cleanComment, now, reopened);
		String note = score + "/5" + (cleanComment == null ? "" : " " + cleanComment);
		record(ticket, TicketEventType.RATED, actor, from, note);
		if (!solved) {
			record(ticket, TicketEventType.REOPENED, actor, from, note);
		}
	}

	/** Closes RESOLVED tickets their residents left unrated for seven days; returns how many it closed. */
	public int closeUnrated(int batchSize) {
		Instant now = this.clock.instant();
		List<Long> due = this.tickets.findResolvedBefore(now.minus(UNRATED_CLOSE_AFTER), PageRequest.of(0, batchSize));
		for (Long id : due) {
			Ticket ticket = load(id);
			ticket.closeUnrated(now);
			record(ticket, TicketEventType.CLOSED_UNRATED, null, TicketStatus.RESOLVED, null);
		}
		return due.size();
	}

	/**
	 * 改派: a commander puts the ticket on another desk of their scope — a grid, optionally for one named worker of
	 * that grid, or a community/street/district node, optionally with a department to work it. A rejected ticket is
	 * re-routed the same way. The ticket waits for acceptance again, with fresh windows.
	 */
	public void reassign(Long ticketId, Actor actor, Long regionId, Long workerId, Long departmentId, String reason) {
		requireText("reason", reason);
		Ticket ticket = commanded(ticketId, actor);
		ticket.requireMovable();
		RegionView target = targetInScope(regionId, actor);
		String worker = null;
		if (workerId != null) {
			if (target.level() != RegionLevel.GRID) {
				throw new InvalidInputException("workerId", "dispatch.error.workerNeedsGrid");
			}
			worker = this.accounts.withRoleIn(Role.GRID_WORKER, List.of(target.id()))
				.stream()
				.filter(account -> account.id().equals(workerId))
				.map(account -> account.displayName())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("workerId", "dispatch.error.workerNotInGrid"));
		}
		DepartmentView department = null;
		if (departmentId != null) {
			department = this.departments.all()
				.stream()
				.filter(candidate -> candidate.id().equals(departmentId) && candidate.enabled())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("departmentId", "dispatch.error.unknownDepartment"));
		}
		boolean sameDesk = target.id().equals(ticket.getRegionId()) && Objects.equals(workerId, ticket.getAssigneeId())
				&& Objects.equals(departmentId, ticket.getDepartmentId());
		if (sameDesk && ticket.getStatus() != TicketStatus.REJECTED) {
			throw new InvalidInputException("regionId", "dispatch.error.sameDesk");
		}
		String destination = placeName(target.id()) + (worker == null ? "" : " · " + worker)
				+ (department == null ? "" : " + " + department.name());
		move(ticket, actor, TicketEventType.REASSIGNED, target.id(), departmentId, workerId,
				"→ " + destination + "：" + reason.strip());
	}

	/** 上报: the ticket goes up to the desk of the level above the one holding it now. */
	public void escalate(Long ticketId, Actor actor, String reason) {
		requireText("reason", reason);
		Ticket ticket = commanded(ticketId, actor);
		ticket.requireMovable();
		RegionView current = this.regions.get(ticket.getRegionId());
		if (current.parentId() == null) {
			throw new ConflictException("dispatch.error.nothingAbove", ticket.getNumber());
		}
		move(ticket, actor, TicketEventType.ESCALATED, current.parentId(), null, null,
				"→ " + placeName(current.parentId()) + "：" + reason.strip());
	}

	/** 下派: the ticket goes down from the desk holding it to a region below that desk, within the actor's scope. */
	public void handDown(Long ticketId, Actor actor, Long regionId, String reason) {
		requireText("reason", reason);
		Ticket ticket = commanded(ticketId, actor);
		ticket.requireMovable();
		RegionView target = targetInScope(regionId, actor);
		RegionView current = this.regions.get(ticket.getRegionId());
		if (target.id().equals(current.id()) || !current.covers(target)) {
			throw new InvalidInputException("regionId", "dispatch.error.notBelow");
		}
		move(ticket, actor, TicketEventType.RETURNED, target.id(), null, null,
				"→ " + placeName(target.id()) + "：" + reason.strip());
	}

	/**
	 * The deadline sweep's move: a ticket nobody on its grid accepted within the accept window goes to its community's
	 * desk. Returns whether it moved (someone may have accepted it meanwhile).
	 */
	public boolean moveUnaccepted(Long ticketId, String reason) {
		Ticket ticket = load(ticketId);
		Instant now = this.clock.instant();
		if (ticket.getStatus() != TicketStatus.SUBMITTED || !now.isAfter(ticket.getAcceptDueAt())) {
			return false;
		}
		RegionView current = this.regions.get(ticket.getRegionId());
		if (current.level() != RegionLevel.GRID) {
			return false;
		}
		move(ticket, null, TicketEventType.REASSIGNED, current.parentId(), null, null,
				"→ " + placeName(current.parentId()) + "：" + reason);
		return true;
	}

	/**
	 * The deadline sweep has dealt with the current state of these tickets: each waits for its next check time (the
	 * due time once warned, none once overdue) unless it changed meanwhile.
	 */
	public void deadlinesChecked(List<DeadlineWatch> watches) {
		this.board.checked(watches);
	}

	/** 回访: a supervisor called back a resident who rated the result poorly; the outcome goes on the timeline. */
	public void recordReturnVisit(Long ticketId, Actor actor, String outcome) {
		requireText("note", outcome);
		Ticket ticket = commanded(ticketId, actor);
		ticket.completeReturnVisit();
		record(ticket, TicketEventType.RETURN_VISIT, actor, ticket.getStatus(), outcome.strip());
	}

	/**
	 * Writes a timeline entry that changes no state (an urge, a whistle, a return visit) for a module acting on the
	 * ticket, after checking the actor may see it.
	 */
	public void recordEvent(Long ticketId, Actor actor, TicketEventType type, String note) {
		Ticket ticket = actor == null ? load(ticketId) : visible(ticketId, actor);
		record(ticket, type, actor, ticket.getStatus(), note);
	}

	private void move(Ticket ticket, Actor actor, TicketEventType type, Long regionId, Long departmentId,
			Long workerId, String note) {
		TicketStatus from = ticket.getStatus();
		CategoryView category = this.catalog.get(ticket.getCategoryId());
		Instant now = this.clock.instant();
		ticket.moveTo(regionId, departmentId, workerId, now,
				this.deadlines.window(now, category.acceptWindowHours(), category.windowCalendar()),
				this.deadlines.window(now, category.resolveWindowHours(), category.windowCalendar()));
		record(ticket, type, actor, from, note);
	}

	private TicketEvent record(Ticket ticket, TicketEventType type, Actor actor, TicketStatus from, String note) {
		Instant now = this.clock.instant();
		TicketEvent event = this.events
			.save(new TicketEvent(ticket.getId(), type, now, actor, from, ticket.getStatus(), note));
		this.publisher.publishEvent(new TicketStatusChanged(ticket.getId(), ticket.getNumber(), type, from,
				ticket.getStatus(), now, actor == null ? null : actor.accountId(), ticket.getResidentId(),
				ticket.getRegionId(), ticket.getDepartmentId(), ticket.getAssigneeId(), ticket.getChannel()));
		return event;
	}

	/**
	 * A resident filing from home names their household; it must be the door their account is linked to on the
	 * ledger, and then it decides the grid, the address and the person, exactly as a worker's filing from the ledger.
	 */
	private SubmitTicket placedAtHome(SubmitTicket command, Actor actor) {
		if (command.householdId() == null || actor == null || !actor.is(Role.RESIDENT)) {
			return command;
		}
		Long personId = this.accounts.get(actor.accountId()).personId();
		HouseholdView home = personId == null ? null : this.ledger.householdOfPerson(personId).orElse(null);
		if (home == null || !home.id().equals(command.householdId())) {
			throw new InvalidInputException("householdId", "ticket.error.notYourHousehold");
		}
		return new SubmitTicket(command.kind(), command.categoryId(), command.title(), command.description(),
				home.gridId(), home.id(), personId, home.fullAddress(), command.contactPhone(),
				command.proxyRequested(), command.proxyWindow(), command.channel(), command.submissionKey());
	}

	/** The column limits, so that an over-long text is a message on its field and not a database error. */
	private static void checkTexts(SubmitTicket command) {
		requireText("title", command.title());
		requireText("description", command.description());
		checkLength("title", command.title(), TITLE_MAX);
		checkLength("description", command.description(), DESCRIPTION_MAX);
		checkLength("address", command.address(), ADDRESS_MAX);
		checkLength("contactPhone", command.contactPhone(), PHONE_MAX);
		checkLength("proxyWindow", command.proxyWindow(), PROXY_WINDOW_MAX);
	}

	private static void checkLength(String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			throw new InvalidInputException(field, "ticket.error.tooLong", max);
		}
	}

	private CategoryView offeredCategory(SubmitTicket command) {
		CategoryView category;
		try {
			category = this.catalog.get(command.categoryId());
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("categoryId", "ticket.error.unknownCategory");
		}
		if (!category.enabled()) {
			throw new InvalidInputException("categoryId", "ticket.error.unknownCategory");
		}
		if (category.kind() != command.kind()) {
			throw new InvalidInputException("categoryId", "ticket.error.categoryKind");
		}
		if (command.proxyRequested() && !category.proxyCapable()) {
			throw new InvalidInputException("proxyRequested", "ticket.error.noProxy");
		}
		return category;
	}

	private void checkChannel(SubmitTicket command, Actor actor) {
		boolean allowed = switch (command.channel()) {
			case WEB -> actor != null && actor.is(Role.RESIDENT);
			case WALK_IN, PHONE -> actor != null && actor.is(Role.GRID_WORKER) && command.gridId() != null
					&& actor.scope().contains(command.gridId());
			case OPEN311 -> actor == null;
		};
		if (!allowed) {
			throw new InvalidInputException("gridId", "ticket.error.channel");
		}
	}

	private Long deskAbove(Long regionId) {
		List<RegionView> chain = this.regions.ancestry(regionId);
		RegionView current = chain.get(chain.size() - 1);
		return switch (current.level()) {
			case GRID -> chain.get(chain.size() - 2).id();
			default -> current.id();
		};
	}

	/** A grid or desk of the actor's scope to send a ticket to; anything else is a field error. */
	private RegionView targetInScope(Long regionId, Actor actor) {
		if (regionId == null || !actor.scope().contains(regionId)) {
			throw new InvalidInputException("regionId", "dispatch.error.targetOutOfScope");
		}
		return this.regions.get(regionId);
	}

	/** A grid is named with its community, which is how people tell grids apart. */
	private String placeName(Long regionId) {
		List<RegionView> chain = this.regions.ancestry(regionId);
		RegionView place = chain.get(chain.size() - 1);
		if (place.level() == RegionLevel.GRID && chain.size() > 1) {
			return chain.get(chain.size() - 2).name() + " " + place.name();
		}
		return place.name();
	}

	private Ticket load(Long id) {
		return this.tickets.findById(id).orElseThrow(() -> new NotFoundException("ticket", id));
	}

	private Ticket visible(Long id, Actor actor) {
		Ticket ticket = load(id);
		if (!TicketAccess.canView(ticket, actor, this.grants)) {
			throw new NotFoundException("ticket", id);
		}
		return ticket;
	}

	/** A ticket in the scope of a command center (else 404), which commanders alone dispatch. */
	private Ticket commanded(Long id, Actor actor) {
		Ticket ticket = load(id);
		if (!actor.role().isCommander() || !actor.scope().contains(ticket.getRegionId())) {
			throw new NotFoundException("ticket", id);
		}
		return ticket;
	}

	private Ticket handled(Long id, Actor actor) {
		Ticket ticket = visible(id, actor);
		if (!TicketAccess.canHandle(ticket, actor)) {
			throw new ConflictException("ticket.error.notYours", ticket.getNumber());
		}
		return ticket;
	}

	private Ticket worked(Long id, Actor actor) {
		Ticket ticket = visible(id, actor);
		if (!TicketAccess.canWork(ticket, actor)) {
			throw new ConflictException("ticket.error.notYours", ticket.getNumber());
		}
		return ticket;
	}

	private Ticket ownTicket(Long id, Actor actor) {
		Ticket ticket = load(id);
		if (actor == null || !actor.is(Role.RESIDENT) || !actor.accountId().equals(ticket.getResidentId())) {
			throw new NotFoundException("ticket", id);
		}
		return ticket;
	}

	private static void requireText(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "ticket.error.textRequired");
		}
	}

}
