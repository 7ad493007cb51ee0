package org.griddesk.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;

import org.springframework.stereotype.Component;

/**
 * The departments' league: how fast each department takes up (reports in on) and finishes the matters it owns in a
 * region's subtree, fastest first. Until the dispatch module's whistles are merged it reads the department-owned
 * tickets from the rollups (accept = report-in, resolve = finish); switching to whistle report-in times changes only
 * this class.
 */
@Component
class DepartmentLeague {

	private final FigureQueries figures;

	private final Departments departments;

	DepartmentLeague(FigureQueries figures, Departments departments) {
		this.figures = figures;
		this.departments = departments;
	}

	List<Breakdown> of(Long nodeId, Period period) {
		Map<Long, DepartmentView> byId = this.departments.all()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, Function.identity()));
		return this.figures.byDepartment(nodeId, period)
			.entrySet()
			.stream()
			.filter(entry -> byId.containsKey(entry.getKey()))
			.map(entry -> new Breakdown(String.valueOf(entry.getKey()), byId.get(entry.getKey()).name(),
					entry.getValue(), null))
			.sorted(Comparator
				.comparing((Breakdown row) -> row.figures().meanTimeToAccept(),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(row -> row.figures().meanTimeToResolve(),
						Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

}
