package org.griddesk.ticket;

import java.util.Arrays;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue page's query string: which part of the queue, and the optional search by number or text, category and
 * status. Taken as text and read leniently: a value that cannot be read (a category that is not a number, an
 * unknown status) narrows nothing rather than failing the worker's home page.
 */
record WorkerQueueSearch(String tab, String q, String category, String status) {

	public QueueSection section() {
		return Arrays.stream(QueueSection.values())
			.filter(section -> section.name().equals(this.tab))
			.findFirst()
			.orElse(QueueSection.TO_ACCEPT);
	}

	public Long categoryId() {
		try {
			return this.category == null || this.category.isBlank() ? null : Long.valueOf(this.category.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public TicketStatus statusValue() {
		return Arrays.stream(TicketStatus.values())
			.filter(candidate -> candidate.name().equals(this.status))
			.findFirst()
			.orElse(null);
	}

	public String text() {
		return this.q == null || this.q.isBlank() ? null : this.q.strip();
	}

	public boolean active() {
		return text() != null || categoryId() != null || statusValue() != null;
	}

	TicketFilter filter() {
		TicketStatus chosen = statusValue();
		return new TicketFilter(chosen == null ? null : Set.of(chosen), categoryId(), null, null, null, null, text());
	}

	/** The queue URL showing a part of the queue with the same search, for the tabs and the page links. */
	public String url(QueueSection section) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/worker/queue").queryParam("tab", section.name());
		if (text() != null) {
			url.queryParam("q", text());
		}
		if (categoryId() != null) {
			url.queryParam("category", categoryId());
		}
		if (statusValue() != null) {
			url.queryParam("status", statusValue().name());
		}
		return url.encode().build().toUriString();
	}

}
