package org.griddesk.dispatch;

import java.util.List;

import org.griddesk.dispatch.DeskViews.DeskActions;
import org.griddesk.dispatch.WhistleViews.WhistleView;

/**
 * The whistle and supervision panel of a ticket page: every whistle with each department's progress, and every
 * urge — how often and by whom the ticket was pressed. {@code departmentId} is the reader's department, if any, to
 * link its own part; {@code commander} whether the reader is a commander, and then {@code actions} the dispatch
 * moves open to them (reassign, hand down, escalate, whistle, urge, return visit).
 */
record PanelView(Long ticketId, List<WhistleView> whistles, List<UrgeView> urges, boolean commander,
		Long departmentId, boolean returnVisitDue, DeskActions actions) {

	public int urgeCount() {
		return this.urges.size();
	}

}
