package org.griddesk.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.account.Accounts;
import org.griddesk.account.Role;
import org.griddesk.dispatch.WhistleViews.ContributionView;
import org.griddesk.dispatch.WhistleViews.SummonsRow;
import org.griddesk.dispatch.WhistleViews.SummonsView;
import org.griddesk.dispatch.WhistleViews.WhistleView;
import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.PhotoUpload;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketPhotos;
import org.griddesk.ticket.TicketRow;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 吹哨报到: a community or street command center summons departments to a ticket; each reports in, contributes and
 * finishes its part; the whistle closes when all are done. Every step is written to the ticket's timeline. A
 * department reaches only whistles it was summoned to — anything else answers 404.
 */
@Service
@Transactional(readOnly = true)
public class Whistles {

	static final int MAX_REPORT_IN_HOURS = 168;

	private final WhistleRepository whistles;

	private final WhistleContributionRepository contributions;

	private final TicketLifecycle lifecycle;

	private final Tickets tickets;

	private final Departments departments;

	private final Regions regions;

	private final Accounts accounts;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final TicketPhotos photos;

	Whistles(WhistleRepository whistles, WhistleContributionRepository contributions, TicketLifecycle lifecycle,
			Tickets tickets, Departments departments, Regions regions, Accounts accounts,
			NamedParameterJdbcTemplate jdbc, Clock clock, TicketPhotos photos) {
		this.photos = photos;
		this.whistles = whistles;
		this.contributions = contributions;
		this.lifecycle = lifecycle;
		this.tickets = tickets;
		this.departments = departments;
		this.regions = regions;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** 吹哨: summons the departments to the ticket, each to report in within the window. */
	@Transactional
	public Long blow(Long ticketId, Actor actor, Collection<Long> departmentIds, String request, int reportInHours) {
		if (!actor.is(Role.COMMUNITY_STAFF) && !actor.is(Role.STREET_COMMANDER)) {
			throw new NotFoundException("ticket", ticketId);
		}
		TicketView ticket = this.tickets.view(ticketId, actor);
		if (!ticket.status().isOpen()) {
			throw new ConflictException("dispatch.error.ticketNotOpen", ticket.number());
		}
		if (departmentIds == null || departmentIds.isEmpty()) {
			throw new InvalidInputException("departmentIds", "dispatch.error.pickDepartment");
		}
		Map<Long, DepartmentView> enabled = this.departments.all()
			.stream()
			.filter(DepartmentView::enabled)
			.collect(Collectors.toMap(DepartmentView::id, Function.identity()));
		Set<Long> summoned = new LinkedHashSet<>(departmentIds);
		if (!enabled.keySet().containsAll(summoned)) {
			throw new InvalidInputException("departmentIds", "dispatch.error.unknownDepartment");
		}
		if (reportInHours < 1 || reportInHours > MAX_REPORT_IN_HOURS) {
			throw new InvalidInputException("reportInHours", "dispatch.error.reportInHours");
		}
		if (request == null || request.isBlank()) {
			throw new InvalidInputException("request", "dispatch.error.required");
		}
		Long desk = actor.boundRegionIds().iterator().next();
		Whistle whistle = this.whistles.save(new Whistle(ticketId, desk, actor.accountId(), this.clock.instant(),
				request.strip(), reportInHours, summoned));
		String names = summoned.stream().map(id -> enabled.get(id).name()).collect(Collectors.joining("、"));
		this.lifecycle.recordEvent(ticketId, actor, TicketEventType.WHISTLE_BLOWN,
				names + " · " + reportInHours + "h：" + request.strip());
		return whistle.getId();
	}

	/** 报到: the actor's department acknowledges the summons with a note. */
	@Transactional
	public void reportIn(Long whistleId, Actor actor, String note) {
		String text = required("note", note);
		Whistle whistle = summoning(whistleId, actor, true);
		whistle.reportIn(actor.departmentId(), actor.accountId(), text, this.clock.instant());
		this.lifecycle.recordEvent(whistle.getTicketId(), actor, TicketEventType.REPORTED_IN,
				departmentName(actor) + "：" + text);
	}

	/**
	 * A reported-in department adds what it did or found (also a note on the ticket's timeline), with up to three
	 * photos that the ticket module checks by content and strips of metadata as it does a ticket's own.
	 */
	@Transactional
	public void contribute(Long whistleId, Actor actor, String note, List<PhotoUpload> photos) {
		String text = required("note", note);
		Whistle whistle = summoning(whistleId, actor, false);
		whistle.requireOpen();
		WhistleSummons part = whistle.summonsOf(actor.departmentId());
		part.requireReportedIn();
		List<Long> photoIds = this.photos.add(whistle.getTicketId(), photos);
		this.contributions
			.save(new WhistleContribution(part.getId(), actor.accountId(), this.clock.instant(), text, photoIds));
		this.lifecycle.recordEvent(whistle.getTicketId(), actor, TicketEventType.NOTE,
				departmentName(actor) + "：" + text);
	}

	/** The actor's department finished its part; the last one to finish closes the whistle. */
	@Transactional
	public void finish(Long whistleId, Actor actor, String note) {
		String text = required("note", note);
		Whistle whistle = summoning(whistleId, actor, true);
		boolean closed = whistle.finish(actor.departmentId(), actor.accountId(), text, this.clock.instant());
		this.lifecycle.recordEvent(whistle.getTicketId(), actor, TicketEventType.WHISTLE_PART_DONE,
				departmentName(actor) + "：" + text);
		if (closed) {
			this.lifecycle.recordEvent(whistle.getTicketId(), null, TicketEventType.WHISTLE_CLOSED, null);
		}
	}

	/** A commander of the ticket's scope calls the whistle off, with a reason, so the ticket can be resolved. */
	@Transactional
	public void withdraw(Long whistleId, Actor actor, String reason) {
		String text = required("reason", reason);
		Whistle whistle = this.whistles.findForUpdate(whistleId)
			.orElseThrow(() -> new NotFoundException("whistle", whistleId));
		TicketView ticket = this.tickets.view(whistle.getTicketId(), actor);
		if (!actor.role().isCommander() || !actor.scope().contains(ticket.regionId())) {
			throw new NotFoundException("whistle", whistleId);
		}
		whistle.withdraw(actor.accountId(), text, this.clock.instant());
		this.lifecycle.recordEvent(ticket.id(), actor, TicketEventType.WHISTLE_WITHDRAWN, text);
	}

	/** Whether a whistle on the ticket is still open (it may not be resolved then). */
	public boolean hasOpenWhistle(Long ticketId) {
		return this.whistles.existsByTicketIdAndStatus(ticketId, WhistleStatus.OPEN);
	}

	/** Whether the department was ever summoned to the ticket. */
	public boolean wasSummoned(Long ticketId, Long departmentId) {
		return departmentId != null && this.whistles.wasSummoned(ticketId, departmentId);
	}

	/**
	 * How fast each department answered the whistles blown in {@code [from, to)}, for the dashboards; the
	 * {@code department_response} view has the same figures per summons.
	 */
	public List<DepartmentResponse> departmentResponseTimes(Instant from, Instant to) {
		return responseTimes("", new MapSqlParameterSource(), from, to);
	}

	/**
	 * The same for the whistles about the tickets of a region and everything below it (the region that owns a ticket
	 * now, as the dashboards count tickets).
	 */
	public List<DepartmentResponse> departmentResponseTimes(Long regionId, Instant from, Instant to) {
		List<Long> regionIds = this.regions.subtree(regionId).stream().map(RegionView::id).toList();
		return responseTimes(" AND ticket_id IN (SELECT id FROM ticket WHERE region_id IN (:regions))",
				new MapSqlParameterSource("regions", regionIds), from, to);
	}

	private List<DepartmentResponse> responseTimes(String condition, MapSqlParameterSource params, Instant from,
			Instant to) {
		Map<Long, String> names = this.departments.all()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
		String sql = "SELECT department_id, count(*) AS summoned, count(reported_in_at) AS reported_in, "
				+ "count(done_at) AS done, count(*) FILTER (WHERE late) AS late, "
				+ "avg(report_in_minutes)::float8 AS report_in, avg(finish_minutes)::float8 AS finish "
				+ "FROM department_response WHERE whistle_status <> 'WITHDRAWN' "
				+ "AND summoned_at >= :from AND summoned_at < :to" + condition
				+ " GROUP BY department_id ORDER BY department_id";
		params.addValue("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.addValue("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		return this.jdbc.query(sql, params,
				(rs, row) -> new DepartmentResponse(rs.getLong("department_id"), names.get(rs.getLong("department_id")),
						rs.getLong("summoned"), rs.getLong("reported_in"), rs.getLong("done"), rs.getLong("late"),
						(Double) rs.getObject("report_in"), (Double) rs.getObject("finish")));
	}

	/** Every whistle of a ticket the caller may see, oldest first, with each department's progress. */
	List<WhistleView> ofTicket(Long ticketId) {
		return views(this.whistles.findByTicketIdOrderByIdAsc(ticketId));
	}

	/** A whistle as the summoned department sees it: 404 for any other department. */
	WhistleView forDepartment(Long whistleId, Actor actor) {
		return views(List.of(summoning(whistleId, actor, false))).get(0);
	}

	/** The department's summonses, open whistles first. */
	Page<SummonsRow> inbox(Actor actor, Pageable pageable) {
		if (!actor.is(Role.DEPARTMENT_STAFF) || actor.departmentId() == null) {
			return Page.empty(pageable);
		}
		Page<Whistle> page = this.whistles.findSummoning(actor.departmentId(), pageable);
		Instant now = this.clock.instant();
		Map<Long, String> regionNames = regionNames();
		Map<Long, TicketRow> rows = this.tickets
			.rows(actor, page.getContent().stream().map(Whistle::getTicketId).toList())
			.stream()
			.collect(Collectors.toMap(TicketRow::id, Function.identity()));
		return page.map(whistle -> {
			TicketRow ticket = rows.get(whistle.getTicketId());
			WhistleSummons part = whistle.summonsOf(actor.departmentId());
			return new SummonsRow(whistle.getId(), ticket.id(), ticket.number(), ticket.title(),
					regionNames.get(whistle.getRegionId()), whistle.getBlownAt(), whistle.getReportInDueAt(),
					whistle.getStatus(), stage(part), part.isLate(whistle.getReportInDueAt(), now));
		});
	}

	private Whistle summoning(Long whistleId, Actor actor, boolean forUpdate) {
		if (!actor.is(Role.DEPARTMENT_STAFF) || actor.departmentId() == null) {
			throw new NotFoundException("whistle", whistleId);
		}
		Whistle whistle = (forUpdate ? this.whistles.findForUpdate(whistleId) : this.whistles.findById(whistleId))
			.orElseThrow(() -> new NotFoundException("whistle", whistleId));
		whistle.summonsOf(actor.departmentId());
		return whistle;
	}

	private List<WhistleView> views(List<Whistle> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		Map<Long, String> departmentNames = this.departments.all()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
		Map<Long, String> regionNames = regionNames();
		List<Long> summonsIds = list.stream()
			.flatMap(whistle -> whistle.getSummons().stream())
			.map(WhistleSummons::getId)
			.toList();
		List<WhistleContribution> notes = this.contributions.findBySummonsIdInOrderByIdAsc(summonsIds);
		Set<Long> people = new HashSet<>();
		list.forEach(whistle -> {
			people.add(whistle.getBlownBy());
			people.add(whistle.getWithdrawnBy());
			whistle.getSummons().forEach(part -> {
				people.add(part.getReportedInBy());
				people.add(part.getDoneBy());
			});
		});
		notes.forEach(note -> people.add(note.getAuthorId()));
		people.remove(null);
		Map<Long, String> names = this.accounts.displayNames(people);
		Map<Long, List<ContributionView>> notesBySummons = notes.stream()
			.collect(Collectors.groupingBy(WhistleContribution::getSummonsId, Collectors.mapping(
					note -> new ContributionView(note.getAt(), names.get(note.getAuthorId()), note.getNote(),
							note.getPhotoIds()),
					Collectors.toList())));
		return list.stream()
			.map(whistle -> new WhistleView(whistle.getId(), whistle.getTicketId(), whistle.getStatus(),
					regionNames.get(whistle.getRegionId()), names.get(whistle.getBlownBy()), whistle.getBlownAt(),
					whistle.getRequest(), whistle.getReportInHours(), whistle.getReportInDueAt(), whistle.getEndedAt(),
					nameOf(names, whistle.getWithdrawnBy()), whistle.getWithdrawReason(),
					whistle.getSummons()
						.stream()
						.map(part -> new SummonsView(part.getDepartmentId(), departmentNames.get(part.getDepartmentId()),
								part.getSummonedAt(), part.getReportedInAt(), nameOf(names, part.getReportedInBy()),
								part.getReportNote(), part.getDoneAt(), nameOf(names, part.getDoneBy()),
								part.getDoneNote(), stage(part), part.isLate(whistle.getReportInDueAt(), now),
								notesBySummons.getOrDefault(part.getId(), List.of())))
						.toList()))
			.toList();
	}

	private Map<Long, String> regionNames() {
		return this.regions.tree().stream().collect(Collectors.toMap(region -> region.id(), region -> region.name()));
	}

	private String departmentName(Actor actor) {
		return this.departments.get(actor.departmentId()).name();
	}

	private static String stage(WhistleSummons part) {
		if (part.isDone()) {
			return "DONE";
		}
		return part.getReportedInAt() != null ? "REPORTED_IN" : "SUMMONED";
	}

	private static String nameOf(Map<Long, String> names, Long id) {
		return id == null ? null : names.get(id);
	}

	private static String required(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "dispatch.error.required");
		}
		return text.strip();
	}

}
