package org.griddesk.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a grid worker's queue: one part of it, narrowed by a search, and how full each part is. */
@Service
@Transactional(readOnly = true)
class WorkerQueue {

	/** How far back a worker's queue shows what was resolved. */
	static final int RECENTLY_RESOLVED_DAYS = 14;

	private static final Pattern TICKET_NUMBER = Pattern.compile("\\d{8}-\\d{6,}");

	private final TicketRepository tickets;

	private final TicketViews views;

	private final QueueCounter counter;

	private final Clock clock;

	WorkerQueue(TicketRepository tickets, TicketViews views, QueueCounter counter, Clock clock) {
		this.tickets = tickets;
		this.views = views;
		this.counter = counter;
		this.clock = clock;
	}

	/**
	 * One part of the queue in the part's own order (the pageable's sort is ignored), with the counts of the tabs.
	 * A search text that is a whole ticket number finds that ticket by its number alone. The part a worker opens most,
	 * everything to accept, takes its total from the counts instead of counting the same tickets a second time.
	 */
	WorkerQueuePage page(Actor actor, QueueSection section, TicketFilter filter, Pageable pageable) {
		QueueCounts counts = this.counter.counts(actor);
		Instant resolvedSince = this.clock.instant().minus(Duration.ofDays(RECENTLY_RESOLVED_DAYS));
		Specification<Ticket> spec = TicketAccess.visibleTo(actor)
			.and(QueueSpecifications.section(section, actor, resolvedSince));
		String text = filter.text() == null ? "" : filter.text().strip();
		if (TICKET_NUMBER.matcher(text).matches()) {
			spec = spec.and(QueueSpecifications.numbered(text));
			filter = filter.withText(null);
		}
		spec = spec.and(TicketAccess.matching(filter));
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				QueueSpecifications.order(section));
		Page<Ticket> page;
		if (section == QueueSection.TO_ACCEPT && !filter.narrows()) {
			Slice<Ticket> slice = this.tickets.findBy(spec, query -> query.slice(ordered));
			page = new PageImpl<>(slice.getContent(), ordered, counts.toAccept());
		}
		else {
			page = this.tickets.findAll(spec, ordered);
		}
		return new WorkerQueuePage(this.views.rows(page), counts);
	}

}
