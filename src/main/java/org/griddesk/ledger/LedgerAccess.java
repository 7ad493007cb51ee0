package org.griddesk.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.account.CurrentUser;
import org.griddesk.account.Role;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.region.Scope;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the ledger. Everyone in the ledger area reads the households of their scope; only grid workers
 * change them (their own grids); grid workers and community staff may reveal personal data, commanders above the
 * community read masked values only.
 */
@Component
class LedgerAccess {

	private final Regions regions;

	LedgerAccess(Regions regions) {
		this.regions = regions;
	}

	/** The grids whose households the user reads; a query filters on these ids. */
	Set<Long> readableGrids(CurrentUser user) {
		Scope scope = this.regions.scopeOf(user.regionIds());
		return grids().stream().map(RegionView::id).filter(scope::contains).collect(Collectors.toSet());
	}

	/** The grids the user may change: a worker's own grids; nothing for anyone else (refused with 403). */
	Set<Long> editableGrids(CurrentUser user) {
		if (!canEdit(user)) {
			throw new AccessDeniedException("the ledger is read-only for " + user.role());
		}
		return readableGrids(user);
	}

	/** The grids whose persons' personal data the user may reveal (403 for commanders above the community). */
	Set<Long> revealableGrids(CurrentUser user) {
		if (!canReveal(user)) {
			throw new AccessDeniedException(user.role() + " reads personal data masked only");
		}
		return readableGrids(user);
	}

	boolean canEdit(CurrentUser user) {
		return user.is(Role.GRID_WORKER);
	}

	boolean canReveal(CurrentUser user) {
		return user.is(Role.GRID_WORKER) || user.is(Role.COMMUNITY_STAFF);
	}

	/** Every grid of the district with a label that names its community too ("红旗社区 第一网格"). */
	Map<Long, GridOption> gridDirectory() {
		Map<Long, RegionView> all = this.regions.tree()
			.stream()
			.collect(Collectors.toMap(RegionView::id, Function.identity()));
		return all.values()
			.stream()
			.filter(region -> region.level() == RegionLevel.GRID)
			.map(grid -> new GridOption(grid.id(), grid.code(),
					all.containsKey(grid.parentId()) ? all.get(grid.parentId()).name() + " " + grid.name()
							: grid.name()))
			.collect(Collectors.toMap(GridOption::id, Function.identity()));
	}

	/** The grids among the given ids, in code order, for a select box. */
	List<GridOption> options(Set<Long> gridIds) {
		return gridDirectory().values()
			.stream()
			.filter(grid -> gridIds.contains(grid.id()))
			.sorted(Comparator.comparing(GridOption::code))
			.toList();
	}

	private List<RegionView> grids() {
		return this.regions.ofLevel(RegionLevel.GRID);
	}

}
