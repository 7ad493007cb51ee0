package org.griddesk.ticket;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Collects the sections other modules add to the staff ticket page ({@link TicketPagePanel} beans), so that the
 * ticket module shows dispatch's whistle panel, say, without knowing dispatch.
 */
@Component
class StaffTicketPanels {

	private final ObjectProvider<TicketPagePanel> panels;

	StaffTicketPanels(ObjectProvider<TicketPagePanel> panels) {
		this.panels = panels;
	}

	/** The panels with something to show for this ticket and reader, in the beans' order. */
	List<Shown> shown(TicketView ticket, Actor actor) {
		return this.panels.orderedStream()
			.map(panel -> new Shown(panel.fragment(), panel.model(ticket, actor)))
			.filter(shown -> Objects.nonNull(shown.model()))
			.toList();
	}

	/** A panel to render: the template fragment and what it sees as {@code panel}. */
	record Shown(String fragment, Object model) {
	}

}
