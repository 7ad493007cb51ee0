package org.griddesk.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;

/**
 * A bounded window of page numbers around the current page, so that a list of a million rows renders a handful of
 * links, not ten thousand.
 */
public record PageLinks(int current, int totalPages, long totalElements, List<Integer> window) {

	private static final int RADIUS = 3;

	public static PageLinks of(Page<?> page) {
		int current = page.getNumber();
		int total = page.getTotalPages();
		int from = Math.max(0, current - RADIUS);
		int to = Math.min(total - 1, current + RADIUS);
		return new PageLinks(current, total, page.getTotalElements(),
				total == 0 ? List.of() : IntStream.rangeClosed(from, to).boxed().toList());
	}

	public boolean hasPrevious() {
		return this.current > 0;
	}

	public boolean hasNext() {
		return this.current + 1 < this.totalPages;
	}

}
