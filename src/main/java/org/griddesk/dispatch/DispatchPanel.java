package org.griddesk.dispatch;

import java.util.List;

import org.griddesk.account.Role;
import org.griddesk.dispatch.WhistleViews.WhistleView;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketPagePanel;
import org.griddesk.ticket.TicketView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds dispatch's panel to the staff ticket page: whistles and urges for every staff reader, and for commanders the
 * dispatch moves (their forms post to {@link CommandDeskController}, which comes back to the same page).
 */
@Component
class DispatchPanel implements TicketPagePanel {

	private final Whistles whistles;

	private final Supervision supervision;

	private final CommandDesk desk;

	DispatchPanel(Whistles whistles, Supervision supervision, CommandDesk desk) {
		this.whistles = whistles;
		this.supervision = supervision;
		this.desk = desk;
	}

	@Override
	public String fragment() {
		return "dispatch/ticket-panel :: panel";
	}

	/**
	 * The reader got the ticket view through the ticket module's scope check, so it may see the panel too. Whistles
	 * and urges are read in one transaction, not one each.
	 */
	@Override
	@Transactional(readOnly = true)
	public PanelView model(TicketView ticket, Actor actor) {
		if (actor == null || actor.is(Role.RESIDENT)) {
			return null;
		}
		List<WhistleView> whistleViews = this.whistles.ofTicket(ticket.id());
		List<UrgeView> urges = this.supervision.ofTicket(ticket.id());
		boolean commander = actor.role().isCommander();
		if (whistleViews.isEmpty() && urges.isEmpty() && !commander) {
			return null;
		}
		return new PanelView(ticket.id(), whistleViews, urges, commander,
				actor.is(Role.DEPARTMENT_STAFF) ? actor.departmentId() : null, ticket.returnVisitDue(),
				this.desk.actions(ticket, actor));
	}

}
