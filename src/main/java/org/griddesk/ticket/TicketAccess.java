package org.griddesk.ticket;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.griddesk.account.Role;

import org.springframework.data.jpa.domain.Specification;

/**
 * Who may see and who may work a ticket — the one place these rules live. Queries use {@link #visibleTo(Actor)} so
 * that rows outside a user's scope are never loaded; single tickets outside it answer 404.
 */
final class TicketAccess {

	private TicketAccess() {
	}

	static boolean canView(Ticket ticket, Actor actor) {
		if (actor.is(Role.RESIDENT)) {
			return actor.accountId().equals(ticket.getResidentId());
		}
		if (actor.is(Role.DEPARTMENT_STAFF)) {
			return actor.departmentId() != null && actor.departmentId().equals(ticket.getDepartmentId());
		}
		return actor.scope().contains(ticket.getRegionId());
	}

	/** As {@link #canView(Ticket, Actor)}, or because another module grants a staff member sight of the ticket. */
	static boolean canView(Ticket ticket, Actor actor, List<TicketViewGrant> grants) {
		if (canView(ticket, actor)) {
			return true;
		}
		return !actor.is(Role.RESIDENT) && grants.stream().anyMatch(grant -> grant.canView(ticket.getId(), actor));
	}

	/**
	 * The owner works the ticket: department staff for a department's matter; otherwise a grid worker of its grid,
	 * or the community/street/district staff whose own node holds it. A ticket a commander sent to one named worker
	 * waits for that worker's acceptance.
	 */
	static boolean canHandle(Ticket ticket, Actor actor) {
		if (ticket.getDepartmentId() != null) {
			return actor.is(Role.DEPARTMENT_STAFF) && ticket.getDepartmentId().equals(actor.departmentId());
		}
		if (actor.is(Role.GRID_WORKER)) {
			boolean designatedToAnother = ticket.getStatus() == TicketStatus.SUBMITTED && ticket.getAssigneeId() != null
					&& !ticket.getAssigneeId().equals(actor.accountId());
			return actor.scope().contains(ticket.getRegionId()) && !designatedToAnother;
		}
		return actor.role().isCommander() && actor.boundRegionIds().contains(ticket.getRegionId());
	}

	/**
	 * Working a ticket once it is accepted (start, home visits, resolve, reject) is for the one who took it; handing
	 * it to someone else is a reassignment, not a colleague stepping in.
	 */
	static boolean canWork(Ticket ticket, Actor actor) {
		return canHandle(ticket, actor)
				&& (ticket.getAssigneeId() == null || ticket.getAssigneeId().equals(actor.accountId()));
	}

	static Specification<Ticket> visibleTo(Actor actor) {
		return (root, query, cb) -> {
			if (actor.is(Role.RESIDENT)) {
				return cb.equal(root.get("residentId"), actor.accountId());
			}
			if (actor.is(Role.DEPARTMENT_STAFF)) {
				return actor.departmentId() == null ? cb.disjunction()
						: cb.equal(root.get("departmentId"), actor.departmentId());
			}
			if (actor.scope().isEmpty()) {
				return cb.disjunction();
			}
			return root.get("regionId").in(actor.scope().regionIds());
		};
	}

	static Specification<Ticket> matching(TicketFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.statuses() != null && !filter.statuses().isEmpty()) {
				predicates.add(root.get("status").in(filter.statuses()));
			}
			if (filter.categoryId() != null) {
				predicates.add(cb.equal(root.get("categoryId"), filter.categoryId()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.regionIds() != null && !filter.regionIds().isEmpty()) {
				predicates.add(root.get("regionId").in(filter.regionIds()));
			}
			if (filter.householdId() != null) {
				predicates.add(cb.equal(root.get("householdId"), filter.householdId()));
			}
			if (filter.personId() != null) {
				predicates.add(cb.equal(root.get("personId"), filter.personId()));
			}
			if (filter.text() != null && !filter.text().isBlank()) {
				String like = "%" + filter.text().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("number")), like),
						cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("description")), like)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
