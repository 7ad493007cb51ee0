package org.griddesk.dashboard;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where each figure links to: the command board ({@code /command}) narrowed to exactly the tickets the figure counts,
 * with the board's own parameter names. A rate or a mean links to its denominator's list (the tickets it is taken
 * over), because that is the list a commander reads the rate against; its numerator is one filter further on the
 * board. Templates fetch a slice's links in {@code th:with} (an {@code href} may not call beans) and use them as they are:
 * they carry the context path already.
 */
@Component("boardLinks")
public class BoardLinks {

	/** Every state but CANCELLED: the accept rate's denominator (DOMAIN.md: submitted, not cancelled). */
	static final String NOT_CANCELLED = "SUBMITTED,ACCEPTED,IN_PROGRESS,RESOLVED,CLOSED,REJECTED";

	static final String RESOLVED = "RESOLVED,CLOSED";

	private final String contextPath;

	BoardLinks(@Value("${server.servlet.context-path:}") String contextPath) {
		this.contextPath = contextPath;
	}

	/** The figures of a region (and below) over a period: what the tiles link to. */
	public FigureLinks of(Long regionId, Period period) {
		return of(new Slice(regionId, null, null, null, period.from(), period.to()));
	}

	/**
	 * The figures of one breakdown line: a child region ({@code region}), or the region's tickets of one category,
	 * kind or channel ({@code category}, {@code kind}, {@code channel}); {@code code} is the line's {@link Breakdown}
	 * code.
	 */
	public FigureLinks of(String dimension, String code, Long regionId, Period period) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		return of(switch (dimension) {
			case "region" -> new Slice(Long.valueOf(code), null, null, null, from, to);
			case "category" -> new Slice(regionId, Long.valueOf(code), null, null, from, to);
			case "kind" -> new Slice(regionId, null, code, null, from, to);
			case "channel" -> new Slice(regionId, null, null, code, from, to);
			default -> throw new IllegalArgumentException("No breakdown by " + dimension);
		});
	}

	/** What is open in a region (and below) now, whenever submitted. */
	public LiveLinks live(Long regionId) {
		String region = link(region(regionId));
		return new LiveLinks(region + "&status=OPEN", region + "&deadline=WARNING", region + "&deadline=OVERDUE");
	}

	/** Submitted between two days, both included: the recent-submission tiles and the trend's days. */
	public String submittedBetween(Long regionId, LocalDate from, LocalDate to) {
		return link(board(new Slice(regionId, null, null, null, from, to)));
	}

	/**
	 * The slice's link is built once and each figure's own filter appended to it (a dashboard has a few hundred of
	 * these links); the appended values need no encoding.
	 */
	private FigureLinks of(Slice slice) {
		String submitted = link(board(slice));
		return new FigureLinks(submitted, submitted + "&status=" + NOT_CANCELLED, submitted + "&accepted=true",
				submitted + "&status=" + RESOLVED, submitted + "&rated=true");
	}

	private static String link(UriComponentsBuilder uri) {
		return uri.build().encode().toUriString();
	}

	private UriComponentsBuilder region(Long regionId) {
		return UriComponentsBuilder.fromPath(this.contextPath + "/command").queryParam("regionId", regionId);
	}

	private UriComponentsBuilder board(Slice slice) {
		UriComponentsBuilder uri = region(slice.regionId());
		if (slice.categoryId() != null) {
			uri.queryParam("categoryId", slice.categoryId());
		}
		if (slice.kind() != null) {
			uri.queryParam("kind", slice.kind());
		}
		if (slice.channel() != null) {
			uri.queryParam("channel", slice.channel());
		}
		return uri.queryParam("from", slice.from()).queryParam("to", slice.to());
	}

	/** Which tickets a figure is about, before the figure picks its own. */
	private record Slice(Long regionId, Long categoryId, String kind, String channel, LocalDate from, LocalDate to) {
	}

	/**
	 * The lists behind a slice's figures. {@code submitted}: all submitted in the period, the cancelled included as
	 * the submitted count includes them. {@code countable}: not cancelled, the accept rate's denominator (DOMAIN.md).
	 * {@code accepted}: taken up and not handed back, the completion rate's denominator and what the mean time to
	 * accept is over. {@code resolved}: resolved or closed, the on-time rate's denominator and what the mean time to
	 * resolve is over. {@code rated}: with a rating (a ticket counts with its latest), the satisfaction's denominator.
	 */
	public record FigureLinks(String submitted, String countable, String accepted, String resolved, String rated) {
	}

	/** The lists behind the live counts: open, in warning and overdue now. */
	public record LiveLinks(String open, String warning, String overdue) {
	}

}
