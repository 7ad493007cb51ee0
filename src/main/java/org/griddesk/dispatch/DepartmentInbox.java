package org.griddesk.dispatch;

import java.util.List;

import org.griddesk.dispatch.WhistleViews.SummonsRow;
import org.griddesk.dispatch.WhistleViews.SummonsView;
import org.griddesk.dispatch.WhistleViews.WhistleView;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketFilter;
import org.griddesk.ticket.TicketRow;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.ticket.TimelineEntry;
import org.griddesk.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a department sees: the whistles it was summoned to, and the tickets the responsibility list gives it. */
@Service
@Transactional(readOnly = true)
class DepartmentInbox {

	static final int PAGE_SIZE = 20;

	private final Whistles whistles;

	private final Tickets tickets;

	private final DispatchPanel panel;

	DepartmentInbox(Whistles whistles, Tickets tickets, DispatchPanel panel) {
		this.whistles = whistles;
		this.tickets = tickets;
		this.panel = panel;
	}

	InboxView inbox(Actor actor, int summonsPage, int ticketPage) {
		Page<SummonsRow> summons = this.whistles.inbox(actor, PageRequest.of(Math.max(0, summonsPage), PAGE_SIZE));
		Page<TicketRow> own = this.tickets.list(actor, TicketFilter.ALL,
				PageRequest.of(Math.max(0, ticketPage), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")));
		return new InboxView(summons.getContent(), PageLinks.of(summons), own.getContent(), PageLinks.of(own));
	}

	/** One whistle as the summoned department works it: 404 for any other department. */
	WhistlePage whistle(Long whistleId, Actor actor) {
		WhistleView whistle = this.whistles.forDepartment(whistleId, actor);
		TicketView ticket = this.tickets.view(whistle.ticketId(), actor);
		SummonsView mine = whistle.summons()
			.stream()
			.filter(part -> part.departmentId().equals(actor.departmentId()))
			.findFirst()
			.orElseThrow();
		return new WhistlePage(whistle, mine, ticket, this.tickets.timeline(ticket.id(), actor),
				this.panel.model(ticket, actor));
	}

	record InboxView(List<SummonsRow> summons, PageLinks summonsLinks, List<TicketRow> tickets,
			PageLinks ticketLinks) {
	}

	record WhistlePage(WhistleView whistle, SummonsView mine, TicketView ticket, List<TimelineEntry> timeline,
			PanelView panel) {
	}

}
