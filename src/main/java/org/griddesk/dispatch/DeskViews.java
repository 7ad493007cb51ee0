package org.griddesk.dispatch;

import java.util.List;

import org.griddesk.catalog.CategoryView;
import org.griddesk.region.DepartmentView;
import org.griddesk.region.RegionLevel;
import org.griddesk.ticket.TicketRow;
import org.griddesk.web.PageLinks;

/** What the command desk's pages show. */
final class DeskViews {

	private DeskViews() {
	}

	/** A region to pick, labelled the way people tell it apart (a grid with its community). */
	record RegionOption(Long id, RegionLevel level, String label) {
	}

	/** A grid worker to pick, with the grid they work. */
	record WorkerOption(Long id, Long gridId, String label) {
	}

	/** The board: one bounded page of tickets, the desk's queue of tickets waiting for dispatch, escalated urges. */
	record BoardView(String deskName, List<TicketRow> rows, PageLinks links, boolean capped, int cap, String pageBase,
			List<TicketRow> awaiting, List<UrgeView> escalatedUrges, List<RegionOption> regions,
			List<CategoryView> categories) {
	}

	/**
	 * What a commander may do with a ticket, on the staff ticket page: reassign it to one of {@code targets} (a
	 * worker among {@code workers}), hand it down to one of {@code below}, escalate it, summon {@code departments},
	 * urge its owner.
	 */
	record DeskActions(List<RegionOption> targets, List<WorkerOption> workers, List<RegionOption> below,
			List<DepartmentView> departments, boolean canMove, boolean canEscalate, boolean canWhistle,
			boolean canUrge) {

		public boolean any() {
			return this.canMove || this.canUrge;
		}

	}

}
