package org.griddesk.ticket;

import java.util.List;

import org.griddesk.catalog.CategoryView;
import org.griddesk.region.Departments;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The responsibility list decides the owner: the grid of the address, its community or street, or a department
 * (which works the matter while the ticket stays visible to the grid's chain of command).
 */
@Component
class Routing {

	private final Regions regions;

	private final Departments departments;

	Routing(Regions regions, Departments departments) {
		this.regions = regions;
		this.departments = departments;
	}

	Route route(CategoryView category, Long gridId) {
		String rule = category.code() + " " + category.name() + " → " + category.ownerLevel();
		if (gridId == null) {
			RegionView district = this.regions.district();
			return new Route(district.id(), departmentOf(category),
					rule + "; 无法定位到网格 / location not placeable → " + district.name());
		}
		RegionView grid;
		try {
			grid = this.regions.get(gridId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("gridId", "ticket.error.notAGrid");
		}
		if (grid.level() != RegionLevel.GRID) {
			throw new InvalidInputException("gridId", "ticket.error.notAGrid");
		}
		List<RegionView> chain = this.regions.ancestry(gridId);
		RegionView owner = switch (category.ownerLevel()) {
			case GRID, DEPARTMENT -> grid;
			case COMMUNITY -> levelOf(chain, RegionLevel.COMMUNITY);
			case STREET -> levelOf(chain, RegionLevel.STREET);
		};
		String place = String.join("/", chain.stream().skip(1).map(RegionView::name).toList());
		Long departmentId = departmentOf(category);
		String department = departmentId == null ? "" : " + " + this.departments.get(departmentId).name();
		return new Route(owner.id(), departmentId, rule + "; " + place + " → " + owner.name() + department);
	}

	private static Long departmentOf(CategoryView category) {
		return switch (category.ownerLevel()) {
			case DEPARTMENT -> category.departmentId();
			default -> null;
		};
	}

	private static RegionView levelOf(List<RegionView> chain, RegionLevel level) {
		return chain.stream().filter(region -> region.level() == level).findFirst().orElseThrow();
	}

}
