package org.griddesk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.account.Accounts;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketRow;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.web.ConflictException;
import org.griddesk.web.DateTimes;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办 / 催办: commanders press the owners of tickets; an urge nobody answers within
 * {@code griddesk.dispatch.urge-escalate-after} (24 h by default) escalates once to the desk above the owner.
 */
@Service
@Transactional(readOnly = true)
class Supervision {

	private final UrgeRepository urges;

	private final TicketLifecycle lifecycle;

	private final Tickets tickets;

	private final Regions regions;

	private final Accounts accounts;

	private final TimelineText text;

	private final DateTimes dates;

	private final Clock clock;

	private final Duration escalateAfter;

	Supervision(UrgeRepository urges, TicketLifecycle lifecycle, Tickets tickets, Regions regions, Accounts accounts,
			TimelineText text, DateTimes dates, Clock clock,
			@Value("${griddesk.dispatch.urge-escalate-after:PT24H}") Duration escalateAfter) {
		this.urges = urges;
		this.lifecycle = lifecycle;
		this.tickets = tickets;
		this.regions = regions;
		this.accounts = accounts;
		this.text = text;
		this.dates = dates;
		this.clock = clock;
		this.escalateAfter = escalateAfter;
	}

	/** Presses the ticket's owner with a message; the timeline records it and the owner is notified from there. */
	@Transactional
	public void urge(Long ticketId, Actor actor, String message) {
		if (message == null || message.isBlank()) {
			throw new InvalidInputException("message", "dispatch.error.required");
		}
		if (!actor.role().isCommander()) {
			throw new NotFoundException("ticket", ticketId);
		}
		TicketView ticket = this.tickets.view(ticketId, actor);
		if (!ticket.status().isOpen()) {
			throw new ConflictException("dispatch.error.ticketNotOpen", ticket.number());
		}
		this.urges.save(new Urge(ticketId, actor.accountId(), this.clock.instant(), message.strip()));
		this.lifecycle.recordEvent(ticketId, actor, TicketEventType.URGED, message.strip());
	}

	/** 回访: a supervisor called back a resident who rated the result poorly, and what came of it. */
	@Transactional
	public void recordReturnVisit(Long ticketId, Actor actor, ReturnVisitOutcome outcome, String note) {
		if (outcome == null) {
			throw new InvalidInputException("outcome", "dispatch.error.pickOutcome");
		}
		String label = this.text.text("dispatch.returnVisit.outcome." + outcome.name());
		String detail = note == null || note.isBlank() ? "" : "：" + note.strip();
		this.lifecycle.recordReturnVisit(ticketId, actor, label + detail);
	}

	/** The urges of a ticket the caller may see, oldest first. */
	List<UrgeView> ofTicket(Long ticketId) {
		List<Urge> list = this.urges.findByTicketIdOrderByIdAsc(ticketId);
		Set<Long> people = new HashSet<>();
		list.forEach(urge -> people.add(urge.getUrgedBy()));
		Map<Long, String> names = this.accounts.displayNames(people);
		return list.stream()
			.map(urge -> new UrgeView(urge.getId(), urge.getTicketId(), null, null, urge.getUrgedAt(),
					names.get(urge.getUrgedBy()), urge.getMessage(), urge.getAnsweredAt(), urge.getEscalatedAt(),
					urge.getEscalatedTo() == null ? null : this.regions.get(urge.getEscalatedTo()).name()))
			.toList();
	}

	/** Urges escalated to the actor's own desk, newest first: the level above has to step in. */
	List<UrgeView> escalatedTo(Actor actor, int limit) {
		if (actor.boundRegionIds().isEmpty()) {
			return List.of();
		}
		List<Urge> list = this.urges.findEscalatedTo(actor.boundRegionIds(), PageRequest.of(0, limit));
		Set<Long> people = new HashSet<>();
		list.forEach(urge -> people.add(urge.getUrgedBy()));
		Map<Long, String> names = this.accounts.displayNames(people);
		Map<Long, TicketRow> rows = this.tickets.rows(actor, list.stream().map(Urge::getTicketId).toList())
			.stream()
			.collect(Collectors.toMap(TicketRow::id, Function.identity()));
		return list.stream().filter(urge -> rows.containsKey(urge.getTicketId())).map(urge -> {
			TicketRow ticket = rows.get(urge.getTicketId());
			return new UrgeView(urge.getId(), ticket.id(), ticket.number(), ticket.title(), urge.getUrgedAt(),
					names.get(urge.getUrgedBy()), urge.getMessage(), urge.getAnsweredAt(), urge.getEscalatedAt(),
					this.regions.get(urge.getEscalatedTo()).name());
		}).toList();
	}

	/** Urges pending longer than the escalation time at {@code now}, a batch at a time. */
	List<Long> unansweredAt(Instant now, int limit) {
		return this.urges.findUnansweredBefore(now.minus(this.escalateAfter), PageRequest.of(0, limit));
	}

	/**
	 * Escalates one urge pending past the escalation time to the desk above the ticket's owner (the district's desk
	 * stays with the district); returns whether this call did it.
	 */
	@Transactional
	public boolean escalate(Long urgeId, Instant now) {
		Urge urge = this.urges.findById(urgeId).orElse(null);
		if (urge == null || urge.getAnsweredAt() != null || urge.getEscalatedAt() != null
				|| urge.getUrgedAt().plus(this.escalateAfter).isAfter(now)) {
			return false;
		}
		TicketView ticket = this.tickets.forSystem(urge.getTicketId());
		if (!ticket.status().isOpen()) {
			this.urges.settle(ticket.id(), now);
			return false;
		}
		RegionView owner = this.regions.get(ticket.regionId());
		RegionView above = owner.parentId() == null ? owner : this.regions.get(owner.parentId());
		if (this.urges.escalate(urgeId, above.id(), now) == 0) {
			return false;
		}
		this.lifecycle.recordEvent(ticket.id(), null, TicketEventType.URGE_ESCALATED,
				this.text.text("dispatch.timeline.urgeEscalated", this.dates.dateTime(urge.getUrgedAt()), above.name(),
						urge.getMessage()));
		return true;
	}

}
