package org.griddesk.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.ledger.HouseholdView;
import org.griddesk.ledger.Ledger;
import org.griddesk.region.GridDistance;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Places a request on a grid, trying what the client sent in the spec's order of precision: a household
 * ({@code address_id}), coordinates (the grid whose centroid is nearest, within a maximum distance), a free address
 * (naming a grid by its community and grid name, or its code). What cannot be placed goes to the district desk; the
 * reason, in the district's language, goes on the ticket's timeline.
 */
@Component
class Placer {

	/** Timeline notes are data, written once in the district's language. */
	private static final Locale DISTRICT = Locale.SIMPLIFIED_CHINESE;

	private final Regions regions;

	private final MessageSource messages;

	private final Ledger ledger;

	private final double maxMeters;

	Placer(Regions regions, Ledger ledger, MessageSource messages,
			@Value("${griddesk.open311.max-grid-distance-meters:2000}") double maxMeters) {
		this.regions = regions;
		this.ledger = ledger;
		this.messages = messages;
		this.maxMeters = maxMeters;
	}

	Placement place(Location location) {
		List<String> attempts = new ArrayList<>();
		if (location.addressId() != null) {
			Optional<HouseholdView> household = household(location.addressId());
			if (household.isPresent()) {
				RegionView grid = this.regions.get(household.get().gridId());
				attempts.add(text("open311.placement.household", location.addressId(), gridName(grid)));
				return new Placement(grid.id(), household.get().id(), String.join("; ", attempts));
			}
			attempts.add(text("open311.placement.householdUnknown", location.addressId()));
		}
		if (location.hasCoordinates()) {
			var nearest = this.regions.nearestGrid(location.latitude().doubleValue(),
					location.longitude().doubleValue(), this.maxMeters);
			if (nearest.isPresent()) {
				GridDistance found = nearest.get();
				attempts.add(text("open311.placement.coordinates", location.latitude().toPlainString(),
						location.longitude().toPlainString(), gridName(found.grid()), Math.round(found.meters())));
				return new Placement(found.grid().id(), null, String.join("; ", attempts));
			}
			attempts.add(text("open311.placement.coordinatesTooFar", location.latitude().toPlainString(),
					location.longitude().toPlainString(), Math.round(this.maxMeters)));
		}
		if (location.addressString() != null) {
			Placement byAddress = byAddress(location.addressString(), attempts);
			if (byAddress != null) {
				return byAddress;
			}
		}
		attempts.add(text("open311.placement.districtDesk"));
		return new Placement(null, null, String.join("; ", attempts));
	}

	/** The ledger household an {@code address_id} names; ids are numbers, anything else names none. */
	private Optional<HouseholdView> household(String addressId) {
		try {
			return this.ledger.findHousehold(Long.valueOf(addressId.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private Placement byAddress(String address, List<String> attempts) {
		String wanted = normalise(address);
		List<RegionView> tree = this.regions.tree();
		Map<Long, RegionView> byId = tree.stream().collect(Collectors.toMap(RegionView::id, Function.identity()));
		List<RegionView> grids = tree.stream()
			.filter(region -> region.level() == RegionLevel.GRID)
			.filter(grid -> wanted.contains(normalise(grid.code()))
					|| wanted.contains(normalise(byId.get(grid.parentId()).name() + grid.name())))
			.toList();
		if (grids.size() == 1) {
			RegionView grid = grids.get(0);
			attempts.add(text("open311.placement.address", address, byId.get(grid.parentId()).name() + " " + grid.name()));
			return new Placement(grid.id(), null, String.join("; ", attempts));
		}
		if (grids.size() > 1) {
			attempts.add(text("open311.placement.addressAmbiguous", address, grids.size()));
			return null;
		}
		List<String> communities = tree.stream()
			.filter(region -> region.level() == RegionLevel.COMMUNITY && wanted.contains(normalise(region.name())))
			.map(RegionView::name)
			.toList();
		attempts.add(communities.isEmpty() ? text("open311.placement.addressUnknown", address)
				: text("open311.placement.addressCommunityOnly", address, String.join("、", communities)));
		return null;
	}

	private String gridName(RegionView grid) {
		RegionView community = this.regions.get(grid.parentId());
		return community.name() + " " + grid.name();
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, DISTRICT);
	}

}
