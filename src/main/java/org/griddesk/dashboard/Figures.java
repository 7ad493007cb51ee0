package org.griddesk.dashboard;

import java.time.Duration;

/**
 * The counts behind every figure, for one cohort of tickets (those submitted in a period, in the state they are in
 * now). The rates and means follow DOMAIN.md; each is {@code null} when its denominator is zero.
 */
public record Figures(long submitted, long cancelled, long accepted, long acceptedInWindow, long acceptSeconds,
		long resolved, long resolvedInWindow, long resolveSeconds, long closed, long closedUnrated, long rated,
		long satisfied, long reopened) {

	/** The version of these definitions, printed on every report. */
	public static final String FORMULA_VERSION = "GD-FIG-1";

	public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** Submitted and not withdrawn by the resident: the denominator of the accept rate. */
	public long countable() {
		return this.submitted - this.cancelled;
	}

	/** Accepted within their accept window ÷ submitted (not cancelled). */
	public Double acceptedInWindowRate() {
		return ratio(this.acceptedInWindow, countable());
	}

	/** 办结率: resolved or closed ÷ accepted. */
	public Double completionRate() {
		return ratio(this.resolved, this.accepted);
	}

	/** Resolved within the resolve window ÷ resolved. */
	public Double onTimeRate() {
		return ratio(this.resolvedInWindow, this.resolved);
	}

	/** 满意度: ratings of 4 or 5 ÷ ratings given (a ticket counts with its latest rating). */
	public Double satisfaction() {
		return ratio(this.satisfied, this.rated);
	}

	/** From submission to acceptance, over the accepted tickets. */
	public Duration meanTimeToAccept() {
		return mean(this.acceptSeconds, this.accepted);
	}

	/** From submission to (the latest) resolution, over the resolved tickets. */
	public Duration meanTimeToResolve() {
		return mean(this.resolveSeconds, this.resolved);
	}

	public Figures plus(Figures other) {
		return new Figures(this.submitted + other.submitted, this.cancelled + other.cancelled,
				this.accepted + other.accepted, this.acceptedInWindow + other.acceptedInWindow,
				this.acceptSeconds + other.acceptSeconds, this.resolved + other.resolved,
				this.resolvedInWindow + other.resolvedInWindow, this.resolveSeconds + other.resolveSeconds,
				this.closed + other.closed, this.closedUnrated + other.closedUnrated, this.rated + other.rated,
				this.satisfied + other.satisfied, this.reopened + other.reopened);
	}

	private static Double ratio(long numerator, long denominator) {
		return denominator <= 0 ? null : (double) numerator / denominator;
	}

	private static Duration mean(long seconds, long count) {
		return count <= 0 ? null : Duration.ofSeconds(Math.round((double) seconds / count));
	}

}
