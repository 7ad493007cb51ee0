package org.griddesk.ticket;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the staff ticket page shows, the ticket's detail and the other modules' panels, in one read-only
 * transaction: each panel joins it instead of beginning and committing its own, which cost a page two more
 * connection set-ups and a round trip to the database for nothing it needed.
 */
@Service
class StaffTicketReading {

	private final Tickets tickets;

	private final StaffTicketPanels panels;

	StaffTicketReading(Tickets tickets, StaffTicketPanels panels) {
		this.tickets = tickets;
		this.panels = panels;
	}

	/** The page's content; a ticket outside the reader's scope does not exist, as for {@link Tickets#detail}. */
	@Transactional(readOnly = true)
	StaffTicketContent read(Long id, Actor actor) {
		TicketDetail detail = this.tickets.detail(id, actor);
		return new StaffTicketContent(detail, this.panels.shown(detail.ticket(), actor));
	}

	/** The ticket's detail and the panels to render below it. */
	record StaffTicketContent(TicketDetail detail, List<StaffTicketPanels.Shown> panels) {
	}

}
