package org.griddesk.dispatch;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.griddesk.catalog.TicketKind;
import org.griddesk.ticket.Channel;
import org.griddesk.ticket.DeadlineState;
import org.griddesk.ticket.TicketStatus;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The board's filters as the query string carries them — the dashboards link here with the same names.
 * {@code status} is a state's name, several names separated by commas, {@code OPEN} for the three open states, or
 * empty for all. {@code from} and {@code to} are days of submission in the district's time zone, both included (the
 * dashboards' periods); {@code accepted} keeps tickets taken up, {@code rated} tickets with a rating.
 */
record BoardForm(String status, Long regionId, Long categoryId, TicketKind kind, Channel channel,
		DeadlineState deadline, Boolean unrated, Boolean returnVisit, Boolean awaiting,
		@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
		Boolean accepted, Boolean rated, Integer page) {

	static final String OPEN = "OPEN";

	static final Set<TicketStatus> OPEN_STATES = EnumSet.of(TicketStatus.SUBMITTED, TicketStatus.ACCEPTED,
			TicketStatus.IN_PROGRESS);

	static final BoardForm NONE = new BoardForm(null, null, null, null, null, null, null, null, null, null, null, null,
			null, null);

	/** The states asked for; null for all. Names that are no state are left out. */
	Set<TicketStatus> statuses() {
		if (this.status == null || this.status.isBlank()) {
			return null;
		}
		Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
		for (String name : this.status.split(",")) {
			String state = name.strip();
			if (OPEN.equals(state)) {
				statuses.addAll(OPEN_STATES);
			}
			else {
				Arrays.stream(TicketStatus.values())
					.filter(candidate -> candidate.name().equals(state))
					.forEach(statuses::add);
			}
		}
		return statuses.isEmpty() ? null : statuses;
	}

	/**
	 * The same filters with the states written the one way the status list knows them: {@code OPEN}, a single state,
	 * or several states in life-cycle order.
	 */
	BoardForm normalised() {
		Set<TicketStatus> statuses = statuses();
		String written = statuses == null ? null
				: statuses.equals(OPEN_STATES) ? OPEN
						: statuses.stream().map(TicketStatus::name).collect(Collectors.joining(","));
		return new BoardForm(written, this.regionId, this.categoryId, this.kind, this.channel, this.deadline,
				this.unrated, this.returnVisit, this.awaiting, this.from, this.to, this.accepted, this.rated,
				this.page);
	}

	/** The states of a combination the status list has no single entry for (as the dashboards link), else empty. */
	public List<TicketStatus> combinedStatuses() {
		Set<TicketStatus> statuses = statuses();
		if (statuses == null || statuses.size() < 2 || statuses.equals(OPEN_STATES)) {
			return List.of();
		}
		return List.copyOf(statuses);
	}

	boolean isUnrated() {
		return Boolean.TRUE.equals(this.unrated);
	}

	boolean isReturnVisit() {
		return Boolean.TRUE.equals(this.returnVisit);
	}

	boolean isAwaiting() {
		return Boolean.TRUE.equals(this.awaiting);
	}

	boolean isAccepted() {
		return Boolean.TRUE.equals(this.accepted);
	}

	boolean isRated() {
		return Boolean.TRUE.equals(this.rated);
	}

	int pageNumber() {
		return this.page == null ? 0 : Math.max(0, this.page);
	}

}
