package org.griddesk.region;

import java.math.BigDecimal;

/** A node of the administrative tree as other modules and templates see it. */
public record RegionView(Long id, Long parentId, RegionLevel level, String code, String name, String path,
		BigDecimal latitude, BigDecimal longitude) {

	/** Whether {@code other} is this node or lies below it. */
	public boolean covers(RegionView other) {
		return other.path().startsWith(this.path);
	}

}
