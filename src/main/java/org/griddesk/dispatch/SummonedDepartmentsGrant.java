package org.griddesk.dispatch;

import org.griddesk.account.Role;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketViewGrant;

import org.springframework.stereotype.Component;

/** A department summoned by a whistle sees that ticket (and keeps seeing it afterwards, for the record). */
@Component
class SummonedDepartmentsGrant implements TicketViewGrant {

	private final WhistleRepository whistles;

	SummonedDepartmentsGrant(WhistleRepository whistles) {
		this.whistles = whistles;
	}

	@Override
	public boolean canView(Long ticketId, Actor actor) {
		return actor.is(Role.DEPARTMENT_STAFF) && actor.departmentId() != null
				&& this.whistles.wasSummoned(ticketId, actor.departmentId());
	}

}
