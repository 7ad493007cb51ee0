package org.griddesk.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.region.Departments;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Channel;
import org.griddesk.ticket.SubmitTicket;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.TicketStatusChanged;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.ticket.TimelineEntry;
import org.griddesk.web.DateTimes;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing and following service requests. A request is an ordinary ticket on channel OPEN311, submitted by GridDesk
 * itself for the client, placed on a grid by {@link Placer} and routed by the responsibility list like any other; the
 * API shows its tickets through the {@link FiledRequest} projection, which follows every change of the ticket.
 * <p>
 * Status mapping: SUBMITTED, ACCEPTED, IN_PROGRESS and REJECTED (back at a desk for re-routing) are {@code open};
 * RESOLVED, CLOSED and CANCELLED are {@code closed}.
 */
@Service
@Transactional(readOnly = true)
class ServiceRequests {

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_PAGE_SIZE = 1000;

	static final Duration MAX_SPAN = Duration.ofDays(90);

	private static final Set<TicketStatus> OPEN = EnumSet.of(TicketStatus.SUBMITTED, TicketStatus.ACCEPTED,
			TicketStatus.IN_PROGRESS, TicketStatus.REJECTED);

	private static final Set<TicketStatus> CLOSED = EnumSet.complementOf(EnumSet.copyOf(OPEN));

	private static final int TITLE_LENGTH = 30;

	private final Admission admission;

	private final ServiceList services;

	private final Placer placer;

	private final TicketLifecycle lifecycle;

	private final Tickets tickets;

	private final DistrictReader reader;

	private final FiledRequestRepository requests;

	private final RequesterRepository requesters;

	private final Catalog catalog;

	private final Regions regions;

	private final Departments departments;

	private final MessageSource messages;

	private final Open311Dates dates;

	private final Clock clock;

	ServiceRequests(Admission admission, ServiceList services, Placer placer,
			TicketLifecycle lifecycle, Tickets tickets, DistrictReader reader, FiledRequestRepository requests,
			RequesterRepository requesters, Catalog catalog, Regions regions, Departments departments,
			MessageSource messages, DateTimes dateTimes, Clock clock) {
		this.admission = admission;
		this.services = services;
		this.placer = placer;
		this.lifecycle = lifecycle;
		this.tickets = tickets;
		this.reader = reader;
		this.requests = requests;
		this.requesters = requesters;
		this.catalog = catalog;
		this.regions = regions;
		this.departments = departments;
		this.messages = messages;
		this.dates = new Open311Dates(dateTimes.zone());
		this.clock = clock;
	}

	/** POST requests: files the ticket and answers with its number (the service_request_id). */
	@Transactional
	public Documents.RequestCreated file(Params params) {
		ApiClient client = this.admission.writer(params);
		String code = params.get("service_code");
		if (code == null) {
			throw Open311Exception.badRequest("open311.error.serviceCodeMissing");
		}
		CategoryView category = this.services.find(code);
		Location location = location(params);
		String description = description(params.get("description"));
		String mediaUrl = mediaUrl(params.get("media_url"));
		Contact contact = new Contact(limited(params, "email", 254), limited(params, "first_name", 64),
				limited(params, "last_name", 64), limited(params, "phone", 32), limited(params, "device_id", 128),
				limited(params, "account_id", 128));
		Map<String, List<String>> attributes = params.attributes();
		VisitAttributes.Visit visit = VisitAttributes.read(category, attributes, this.messages);
		Placement placement = this.placer.place(location);

		String ticketText = description.isEmpty() ? category.name() : description;
		Long ticketId = this.lifecycle.submit(new SubmitTicket(category.kind(), category.id(), title(ticketText),
				ticketText, placement.gridId(), placement.householdId(), null, truncate(location.display(), 200), null, visit.requested(),
				visit.window(), Channel.OPEN311, null), null);
		this.lifecycle.recordEvent(ticketId, null, TicketEventType.NOTE,
				truncate("Open311 " + client.name() + ": " + placement.reason(), 4000));
		TicketView ticket = this.tickets.view(ticketId, this.reader.actor());
		String token = UUID.randomUUID().toString();
		this.requests.save(new FiledRequest(ticket, token, client.keyId(), category.code(),
				description.isEmpty() ? null : description, location, mediaUrl, VisitAttributes.describe(attributes),
				placement));
		if (!contact.isEmpty()) {
			this.requesters.save(new Requester(ticketId, contact));
		}
		return new Documents.RequestCreated(ticket.number(), extensions(params) ? token : null,
				notice(ticket.status(), ticket.acceptDueAt(), ticket.resolveDueAt(), LocaleContextHolder.getLocale()),
				contact.accountId());
	}

	/** GET tokens/{token}. */
	public Documents.TokenRequest token(String token, Params params) {
		this.admission.reader(params);
		FiledRequest request = this.requests.findByToken(token.strip())
			.orElseThrow(() -> Open311Exception.notFound("open311.error.unknownToken", token));
		return new Documents.TokenRequest(request.getServiceRequestId(), request.getToken());
	}

	/** GET requests/{id}: with extensions, the timeline comes along as notes. */
	public Documents.ServiceRequest one(String serviceRequestId, Params params) {
		this.admission.reader(params);
		FiledRequest request = this.requests.findByServiceRequestId(serviceRequestId.strip())
			.orElseThrow(() -> Open311Exception.notFound("open311.error.unknownRequest", serviceRequestId));
		boolean extensions = extensions(params);
		List<Documents.Note> notes = extensions ? notes(request.getTicketId()) : null;
		return toDocument(request, extensions, notes);
	}

	/**
	 * GET requests: newest first. A service_request_id list overrides every other filter; otherwise the window is
	 * start_date..end_date (at most 90 days; by default the last 90), narrowed by service_code and status, paged by
	 * page (from 1) and page_size (at most and by default 1000).
	 */
	public List<Documents.ServiceRequest> list(Params params) {
		this.admission.reader(params);
		boolean extensions = extensions(params);
		int page = number(params, "page", 1, Integer.MAX_VALUE, 1);
		int pageSize = number(params, "page_size", 1, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
		PageRequest paging = PageRequest.of(page - 1, pageSize,
				Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.desc("ticketId")));
		Specification<FiledRequest> filter;
		List<String> ids = params.list("service_request_id");
		if (!ids.isEmpty()) {
			filter = (root, query, cb) -> root.get("serviceRequestId").in(ids);
		}
		else {
			filter = window(params).and(services(params)).and(statuses(params));
		}
		List<FiledRequest> found = this.requests.findAll(filter, paging).getContent();
		Map<Long, List<Documents.Note>> notes = extensions
				? notes(found.stream().map(FiledRequest::getTicketId).toList()) : Map.of();
		return found.stream()
			.map(request -> toDocument(request, extensions, notes.get(request.getTicketId())))
			.toList();
	}

	/**
	 * Follows the ticket behind a filed request: runs inside the transaction of every ticket transition, so that the
	 * API never shows a state the ticket has already left.
	 */
	@EventListener
	@Transactional
	public void follow(TicketStatusChanged change) {
		if (change.channel() != Channel.OPEN311) {
			return;
		}
		this.requests.findById(change.ticketId()).ifPresent(request -> {
			Actor actor = this.reader.actor();
			TicketView ticket = this.tickets.view(change.ticketId(), actor);
			String note = switch (ticket.status()) {
				case RESOLVED, CLOSED -> ticket.resolution();
				case REJECTED -> lastNote(change.ticketId(), actor, TicketEventType.REJECTED);
				case CANCELLED -> lastNote(change.ticketId(), actor, TicketEventType.CANCELLED);
				default -> null;
			};
			request.follow(ticket, note, change.at());
		});
	}

	private String lastNote(Long ticketId, Actor actor, TicketEventType type) {
		List<TimelineEntry> timeline = this.tickets.timeline(ticketId, actor);
		for (int i = timeline.size() - 1; i >= 0; i--) {
			if (timeline.get(i).type() == type) {
				return timeline.get(i).note();
			}
		}
		return null;
	}

	private Specification<FiledRequest> window(Params params) {
		Instant start = date(params, "start_date", true);
		Instant end = date(params, "end_date", false);
		if (start == null && end == null) {
			end = this.clock.instant();
		}
		if (start == null) {
			start = end.minus(MAX_SPAN);
		}
		if (end == null) {
			end = start.plus(MAX_SPAN);
		}
		if (end.isBefore(start)) {
			throw Open311Exception.badRequest("open311.error.dateOrder");
		}
		if (Duration.between(start, end).compareTo(MAX_SPAN.plusDays(1)) > 0) {
			throw Open311Exception.badRequest("open311.error.dateSpan", MAX_SPAN.toDays());
		}
		Instant from = start;
		Instant to = end;
		return (root, query, cb) -> cb.between(root.get("requestedAt"), from, to);
	}

	private Specification<FiledRequest> services(Params params) {
		List<String> codes = params.list("service_code");
		if (codes.isEmpty()) {
			return (root, query, cb) -> cb.conjunction();
		}
		Set<String> wanted = codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
		Set<Long> ids = this.catalog.all()
			.stream()
			.filter(category -> wanted.contains(category.code().toUpperCase(Locale.ROOT)))
			.map(CategoryView::id)
			.collect(Collectors.toSet());
		return (root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("categoryId").in(ids);
	}

	private Specification<FiledRequest> statuses(Params params) {
		Set<TicketStatus> wanted = EnumSet.noneOf(TicketStatus.class);
		for (String status : params.list("status")) {
			switch (status.toLowerCase(Locale.ROOT)) {
				case "open" -> wanted.addAll(OPEN);
				case "closed" -> wanted.addAll(CLOSED);
				default -> throw Open311Exception.badRequest("open311.error.status", status);
			}
		}
		return (root, query, cb) -> wanted.isEmpty() ? cb.conjunction() : root.get("status").in(wanted);
	}

	private Instant date(Params params, String name, boolean start) {
		String raw = params.get(name);
		if (raw == null) {
			return null;
		}
		try {
			return start ? this.dates.parseStart(raw) : this.dates.parseEnd(raw);
		}
		catch (DateTimeParseException ex) {
			throw Open311Exception.badRequest("open311.error.date", name, raw);
		}
	}

	private static int number(Params params, String name, int min, int max, int fallback) {
		String raw = params.get(name);
		if (raw == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(raw);
			if (value < min || value > max) {
				throw Open311Exception.badRequest("open311.error.range", name, min, max);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw Open311Exception.badRequest("open311.error.range", name, min, max);
		}
	}

	private static boolean extensions(Params params) {
		return "true".equalsIgnoreCase(params.get("extensions"));
	}

	private static Location location(Params params) {
		BigDecimal latitude = coordinate(params, "lat", 90, "lat", "latitude");
		BigDecimal longitude = coordinate(params, "long", 180, "long", "lon", "lng", "longitude");
		if ((latitude == null) != (longitude == null)) {
			throw Open311Exception.badRequest("open311.error.coordinatePair");
		}
		String address = params.get("address_string", "address");
		if (address != null && address.length() > 200) {
			throw Open311Exception.badRequest("open311.error.tooLong", "address_string", 200);
		}
		String addressId = params.get("address_id");
		if (addressId != null && addressId.length() > 64) {
			throw Open311Exception.badRequest("open311.error.tooLong", "address_id", 64);
		}
		Location location = new Location(latitude, longitude, address == null ? null : XmlText.clean(address),
				addressId == null ? null : XmlText.clean(addressId));
		if (location.isEmpty()) {
			throw Open311Exception.badRequest("open311.error.locationMissing");
		}
		return location;
	}

	private static BigDecimal coordinate(Params params, String field, int limit, String... names) {
		String raw = params.get(names);
		if (raw == null) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(raw.replace(',', '.'));
			if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
				throw Open311Exception.badRequest("open311.error.coordinate", field, raw);
			}
			return value.setScale(Math.min(Math.max(value.scale(), 0), 7), RoundingMode.HALF_UP);
		}
		catch (NumberFormatException ex) {
			throw Open311Exception.badRequest("open311.error.coordinate", field, raw);
		}
	}

	private static String description(String raw) {
		String text = raw == null ? "" : PlainText.of(raw);
		if (text.length() > MAX_DESCRIPTION) {
			throw Open311Exception.badRequest("open311.error.descriptionTooLong", MAX_DESCRIPTION, text.length());
		}
		return text;
	}

	private static String mediaUrl(String raw) {
		if (raw == null) {
			return null;
		}
		try {
			URI uri = new URI(raw);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (raw.length() > 1000 || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				throw Open311Exception.badRequest("open311.error.mediaUrl", raw);
			}
			return raw;
		}
		catch (URISyntaxException ex) {
			throw Open311Exception.badRequest("open311.error.mediaUrl", raw);
		}
	}

	private static String limited(Params params, String name, int max) {
		String value = params.get(name);
		if (value != null && value.length() > max) {
			throw Open311Exception.badRequest("open311.error.tooLong", name, max);
		}
		return value == null ? null : XmlText.clean(value);
	}

	private static String title(String text) {
		String firstLine = text.lines().findFirst().orElse(text).strip();
		return firstLine.length() <= TITLE_LENGTH ? firstLine : firstLine.substring(0, TITLE_LENGTH) + "…";
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** Names come from their owners' per-id caches: an answer of a thousand requests builds no map of its own. */
	private Documents.ServiceRequest toDocument(FiledRequest request, boolean extensions,
			List<Documents.Note> notes) {
		Locale locale = LocaleContextHolder.getLocale();
		TicketStatus status = request.getStatus();
		String statusName = this.messages.getMessage("ticket.status." + status, null, locale);
		String statusNotes = request.getStatusNote() == null ? statusName
				: this.messages.getMessage("open311.statusNotes", new Object[] { statusName, request.getStatusNote() },
						locale);
		CategoryView category = this.catalog.get(request.getCategoryId());
		String agency = request.getDepartmentId() != null ? department(request.getDepartmentId())
				: this.regions.shortName(request.getRegionId());
		Documents.ExtendedAttributes extended = extensions ? extended(request, statusName) : null;
		return new Documents.ServiceRequest(request.getServiceRequestId(), OPEN.contains(status) ? "open" : "closed",
				statusNotes, category.name(), request.getServiceCode(),
				request.getDescription(), agency,
				notice(status, request.getAcceptDueAt(), request.getResolveDueAt(), locale),
				this.dates.format(request.getRequestedAt()), this.dates.format(request.getUpdatedAt()),
				this.dates.format(request.getResolveDueAt()), request.getAddressString(), request.getAddressId(), null,
				plain(request.getLatitude()), plain(request.getLongitude()), request.getMediaUrl(), extended, notes);
	}

	private Documents.ExtendedAttributes extended(FiledRequest request, String statusName) {
		RegionView grid = region(request.getGridId());
		RegionView community = grid == null ? null : region(grid.parentId());
		RegionView street = community == null ? null : region(community.parentId());
		return new Documents.ExtendedAttributes(request.getStatus().name(), statusName,
				grid == null ? null : grid.name(), community == null ? null : community.name(),
				street == null ? null : street.name(), this.regions.shortName(request.getRegionId()),
				request.getDepartmentId() == null ? null : department(request.getDepartmentId()),
				this.dates.format(request.getAcceptDueAt()), this.dates.format(request.getResolveDueAt()),
				request.getPlacement());
	}

	private List<Documents.Note> notes(Long ticketId) {
		return notes(List.of(ticketId)).getOrDefault(ticketId, List.of());
	}

	/** The timelines as notes, read for the whole page at once. */
	private Map<Long, List<Documents.Note>> notes(List<Long> ticketIds) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, List<Documents.Note>> notes = new HashMap<>();
		this.tickets.timelines(ticketIds, this.reader.actor())
			.forEach((ticketId, timeline) -> notes.put(ticketId, timeline.stream().map(entry -> {
				String label = this.messages.getMessage("ticket.event." + entry.type(), null, entry.type().name(),
						locale);
				String description = entry.note() == null ? label
						: this.messages.getMessage("open311.statusNotes", new Object[] { label, entry.note() },
								locale);
				return new Documents.Note(this.dates.format(entry.at()), entry.type().name().toLowerCase(Locale.ROOT),
						description);
			}).toList()));
		return notes;
	}

	private String notice(TicketStatus status, Instant acceptDue, Instant resolveDue, Locale locale) {
		if (!OPEN.contains(status)) {
			return null;
		}
		String key = status == TicketStatus.SUBMITTED ? "open311.notice.submitted" : "open311.notice.accepted";
		return this.messages.getMessage(key, new Object[] { this.dates.format(acceptDue), this.dates.format(resolveDue) },
				locale);
	}

	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private RegionView region(Long id) {
		return id == null ? null : this.regions.get(id);
	}

	private String department(Long id) {
		return this.departments.get(id).name();
	}

}
