package org.griddesk.ticket;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.griddesk.catalog.TicketKind;
import org.griddesk.web.ConflictException;

/**
 * One matter. Its state only changes through the transition methods here, each of which refuses what the life cycle
 * does not allow; {@link TicketLifecycle} records every change on the timeline.
 */
@Entity
@Table(name = "ticket")
class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	@Enumerated(EnumType.STRING)
	private TicketKind kind;

	private Long categoryId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	private String title;

	private String description;

	private Long residentId;

	private Long personId;

	private Long householdId;

	private Long regionId;

	private Long departmentId;

	private Long assigneeId;

	private String address;

	private String contactPhone;

	private boolean proxyRequested;

	private String proxyWindow;

	private Instant submittedAt;

	private Instant windowStartAt;

	private Instant acceptDueAt;

	private Instant resolveDueAt;

	/** Set for windows counted in working hours only: see {@link DeadlineState#warningAt}. */
	private Instant acceptWarningAt;

	private Instant resolveWarningAt;

	private Instant acceptedAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private String resolution;

	private Boolean ratingSolved;

	private Short ratingScore;

	private String ratingComment;

	private boolean returnVisitDue;

	private int reopenCount;

	private String submissionKey;

	@Version
	private long version;

	protected Ticket() {
	}

	Ticket(String number, TicketKind kind, Long categoryId, Channel channel, String title, String description,
			Route route, SubmitTicket command, Long residentId, Instant now, Window accept, Window resolve) {
		this.number = number;
		this.kind = kind;
		this.categoryId = categoryId;
		this.channel = channel;
		this.status = TicketStatus.SUBMITTED;
		this.title = title;
		this.description = description;
		this.residentId = residentId;
		this.personId = command.personId();
		this.householdId = command.householdId();
		this.regionId = route.regionId();
		this.departmentId = route.departmentId();
		this.address = command.address();
		this.contactPhone = command.contactPhone();
		this.proxyRequested = command.proxyRequested();
		this.proxyWindow = command.proxyRequested() ? command.proxyWindow() : null;
		this.submittedAt = now;
		openWindows(now, accept, resolve);
		this.submissionKey = command.submissionKey();
	}

	void start(Instant now) {
		require(TicketStatus.ACCEPTED);
		this.status = TicketStatus.IN_PROGRESS;
	}

	/** Work on the matter (a home visit, for one) is only reported while someone has it in hand. */
	void requireInHand() {
		require(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS);
	}

	void resolve(String resolution, Instant now) {
		require(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS);
		this.status = TicketStatus.RESOLVED;
		this.resolution = resolution;
		this.resolvedAt = now;
	}

	/** Out of scope for its current owner: it goes back to a desk for re-routing, with the reason on the timeline. */
	void reject(Long deskRegionId) {
		require(TicketStatus.SUBMITTED, TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS);
		this.status = TicketStatus.REJECTED;
		this.regionId = deskRegionId;
		this.assigneeId = null;
	}

	/**
	 * Puts the ticket on another desk — a grid (optionally for one named worker), a community, street or the district,
	 * with or without a department — and opens fresh windows: whoever owns it now has to accept it again.
	 */
	void moveTo(Long newRegionId, Long newDepartmentId, Long designatedWorkerId, Instant now, Window accept,
			Window resolve) {
		requireMovable();
		this.status = TicketStatus.SUBMITTED;
		this.regionId = newRegionId;
		this.departmentId = newDepartmentId;
		this.assigneeId = designatedWorkerId;
		this.acceptedAt = null;
		openWindows(now, accept, resolve);
	}

	private void openWindows(Instant now, Window accept, Window resolve) {
		this.windowStartAt = now;
		this.acceptDueAt = accept.due();
		this.acceptWarningAt = accept.warningAt();
		this.resolveDueAt = resolve.due();
		this.resolveWarningAt = resolve.warningAt();
	}

	/** Open or rejected: a commander may still send it elsewhere. */
	void requireMovable() {
		require(TicketStatus.SUBMITTED, TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS, TicketStatus.REJECTED);
	}

	/** A supervisor called the resident back about a poor rating (回访); the flag is cleared. */
	void completeReturnVisit() {
		if (!this.returnVisitDue) {
			throw new ConflictException("dispatch.error.noReturnVisitDue", this.number);
		}
		this.returnVisitDue = false;
	}

	void cancel(Instant now) {
		require(TicketStatus.SUBMITTED);
		this.status = TicketStatus.CANCELLED;
		this.closedAt = now;
	}

	/** The resident's verdict: solved closes the ticket, not solved reopens it with a shorter resolve window. */
	void rate(boolean solved, int score, String comment, Instant now, Window reopened) {
		require(TicketStatus.RESOLVED);
		this.ratingSolved = solved;
		this.ratingScore = (short) score;
		this.ratingComment = comment;
		this.returnVisitDue = solved && score <= 2;
		if (solved) {
			this.status = TicketStatus.CLOSED;
			this.closedAt = now;
		}
		else {
			this.status = TicketStatus.IN_PROGRESS;
			this.reopenCount++;
			this.resolvedAt = null;
			this.resolution = null;
			this.windowStartAt = now;
			this.resolveDueAt = reopened.due();
			this.resolveWarningAt = reopened.warningAt();
		}
	}

	void closeUnrated(Instant now) {
		require(TicketStatus.RESOLVED);
		this.status = TicketStatus.CLOSED;
		this.closedAt = now;
	}

	private void require(TicketStatus... allowed) {
		for (TicketStatus candidate : allowed) {
			if (this.status == candidate) {
				return;
			}
		}
		throw new ConflictException("ticket.error.illegalTransition", this.number, this.status.label());
	}

	Long getId() {
		return this.id;
	}

	String getNumber() {
		return this.number;
	}

	TicketStatus getStatus() {
		return this.status;
	}

	Long getResidentId() {
		return this.residentId;
	}

	Long getRegionId() {
		return this.regionId;
	}

	Long getDepartmentId() {
		return this.departmentId;
	}

	Long getAssigneeId() {
		return this.assigneeId;
	}

	Long getCategoryId() {
		return this.categoryId;
	}

	TicketKind getKind() {
		return this.kind;
	}

	Channel getChannel() {
		return this.channel;
	}

	String getTitle() {
		return this.title;
	}

	String getDescription() {
		return this.description;
	}

	Long getPersonId() {
		return this.personId;
	}

	Long getHouseholdId() {
		return this.householdId;
	}

	String getAddress() {
		return this.address;
	}

	String getContactPhone() {
		return this.contactPhone;
	}

	boolean isProxyRequested() {
		return this.proxyRequested;
	}

	String getProxyWindow() {
		return this.proxyWindow;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getWindowStartAt() {
		return this.windowStartAt;
	}

	Instant getAcceptWarningAt() {
		return this.acceptWarningAt;
	}

	Instant getResolveWarningAt() {
		return this.resolveWarningAt;
	}

	Instant getAcceptDueAt() {
		return this.acceptDueAt;
	}

	Instant getResolveDueAt() {
		return this.resolveDueAt;
	}

	Instant getAcceptedAt() {
		return this.acceptedAt;
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	String getResolution() {
		return this.resolution;
	}

	Boolean getRatingSolved() {
		return this.ratingSolved;
	}

	Short getRatingScore() {
		return this.ratingScore;
	}

	String getRatingComment() {
		return this.ratingComment;
	}

	boolean isReturnVisitDue() {
		return this.returnVisitDue;
	}

	int getReopenCount() {
		return this.reopenCount;
	}

	long getVersion() {
		return this.version;
	}

}
