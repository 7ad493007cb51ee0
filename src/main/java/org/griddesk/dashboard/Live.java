package org.griddesk.dashboard;

import java.util.List;
import java.util.Map;

import org.griddesk.region.RegionView;

/** Open tickets now, and how many of them are in warning (预警, past 80% of their window) or overdue (超时). */
public record Live(long open, long warning, long overdue) {

	public static final Live NONE = new Live(0, 0, 0);

	/** The live counts of a node's subtree, from the counts per owner region. */
	static Live within(RegionView node, List<RegionView> subtree, Map<Long, Live> byRegion) {
		Live total = NONE;
		for (RegionView candidate : subtree) {
			if (node.covers(candidate)) {
				total = total.plus(byRegion.getOrDefault(candidate.id(), NONE));
			}
		}
		return total;
	}

	public Live plus(Live other) {
		return new Live(this.open + other.open, this.warning + other.warning, this.overdue + other.overdue);
	}

}
