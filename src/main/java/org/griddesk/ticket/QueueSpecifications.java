package org.griddesk.ticket;

import java.time.Instant;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * What each part of a worker's queue holds and in which order, written so that the partial indexes of V40, V95 and V97
 * serve them (region and status first, then the deadline the list is ordered by). The statuses are written into the
 * SQL as literals rather than bound: PostgreSQL may use a partial index in a cached plan only when the plan itself
 * proves the index's condition, so with a bound status it planned the list anew on every view of the queue (planning
 * took more than twice as long as running it).
 */
final class QueueSpecifications {

	private QueueSpecifications() {
	}

	static Specification<Ticket> section(QueueSection section, Actor actor, Instant resolvedSince) {
		return (root, query, cb) -> switch (section) {
			// a department's matter stays visible to the grid but is not the grid's to take
			case TO_ACCEPT -> cb.and(cb.equal(root.get("status"), cb.literal(TicketStatus.SUBMITTED)),
					cb.isNull(root.get("departmentId")));
			case IN_HAND -> cb.and(
					root.get("status").in(cb.literal(TicketStatus.ACCEPTED), cb.literal(TicketStatus.IN_PROGRESS)),
					cb.equal(root.get("assigneeId"), actor.accountId()));
			case RECENTLY_RESOLVED -> cb.greaterThanOrEqualTo(root.get("resolvedAt"), resolvedSince);
			case ALL -> cb.conjunction();
		};
	}

	static Specification<Ticket> numbered(String number) {
		return (root, query, cb) -> cb.equal(root.get("number"), number);
	}

	static Sort order(QueueSection section) {
		return switch (section) {
			case TO_ACCEPT -> Sort.by(Sort.Order.asc("acceptDueAt"), Sort.Order.asc("id"));
			case IN_HAND -> Sort.by(Sort.Order.asc("resolveDueAt"), Sort.Order.asc("id"));
			case RECENTLY_RESOLVED -> Sort.by(Sort.Order.desc("resolvedAt"), Sort.Order.desc("id"));
			case ALL -> Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));
		};
	}

}
