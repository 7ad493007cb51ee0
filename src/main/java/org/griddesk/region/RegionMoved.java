package org.griddesk.region;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A region was moved under another parent, with everything below it; published when the move commits. The paths are
 * the moved node's materialised paths before and after ({@code /district/street/…/node/}).
 */
public record RegionMoved(Long regionId, String oldPath, String newPath) {

	/**
	 * The nodes whose subtree changed: the ancestors the region left and those it joined. Ancestors on both sides
	 * (the district, a shared street) and the moved subtree itself hold the same tickets as before.
	 */
	public Set<Long> changedAncestors() {
		List<Long> before = ancestors(this.oldPath);
		List<Long> after = ancestors(this.newPath);
		Set<Long> changed = new LinkedHashSet<>(before);
		changed.addAll(after);
		changed.removeIf(id -> before.contains(id) && after.contains(id));
		return changed;
	}

	private List<Long> ancestors(String path) {
		return Arrays.stream(path.split("/"))
			.filter(part -> !part.isEmpty())
			.map(Long::valueOf)
			.filter(id -> !id.equals(this.regionId))
			.toList();
	}

}
