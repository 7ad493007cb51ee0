package org.griddesk.dispatch;

import java.util.List;

import org.griddesk.dispatch.WhistleViews.WhistleView;

/**
 * The whistle and supervision panel of a ticket page: every whistle with each department's progress, and every
 * urge — how often and by whom the ticket was pressed. {@code departmentId} is the reader's department, if any, to
 * link its own part; {@code commander} whether the reader may dispatch the ticket from the command desk.
 */
record PanelView(Long ticketId, List<WhistleView> whistles, List<UrgeView> urges, boolean commander,
		Long departmentId, boolean returnVisitDue) {

	public int urgeCount() {
		return this.urges.size();
	}

}
