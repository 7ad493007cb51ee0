package org.griddesk.dashboard;

import java.time.Instant;
import java.util.List;

import org.griddesk.region.RegionView;

/**
 * A region's dashboard for a period, the same for every reader (their breadcrumb comes from
 * {@code Dashboard.trail}); {@code children} is empty for a grid. The parts a live refresh does not recompute are
 * empty there.
 */
public record DashboardView(RegionView region, Period period, Tiles tiles,
		List<Breakdown> children, List<Breakdown> categories, List<Breakdown> kinds, List<Breakdown> channels,
		List<DayPoint> trend, List<OverdueTicket> overdue, List<LeagueRow> league, Instant asOf) {
}
