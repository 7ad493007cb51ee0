package org.griddesk.dashboard;

import java.time.Instant;
import java.util.List;

import org.griddesk.region.RegionView;

/**
 * A region's dashboard for a period. {@code trail} is the way down from the reader's own region (for the
 * breadcrumb); {@code children} is empty for a grid. The parts a live refresh does not recompute are empty there.
 */
public record DashboardView(RegionView region, List<RegionView> trail, Period period, Tiles tiles,
		List<Breakdown> children, List<Breakdown> categories, List<Breakdown> kinds, List<Breakdown> channels,
		List<DayPoint> trend, List<OverdueTicket> overdue, List<LeagueRow> league, Instant asOf) {
}
