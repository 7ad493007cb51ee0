package org.griddesk.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.griddesk.web.ConflictException;
import org.griddesk.web.NotFoundException;

/**
 * 吹哨: a command center summons departments to co-handle a ticket. It closes by itself when the last summoned
 * department finishes its part; a commander may withdraw it with a reason.
 */
@Entity
@Table(name = "whistle")
class Whistle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long regionId;

	private Long blownBy;

	private Instant blownAt;

	private String request;

	private int reportInHours;

	private Instant reportInDueAt;

	@Enumerated(EnumType.STRING)
	private WhistleStatus status;

	private Instant endedAt;

	private Long withdrawnBy;

	private String withdrawReason;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "whistle_id", nullable = false)
	@OrderBy("id")
	private List<WhistleSummons> summons = new ArrayList<>();

	@Version
	private long version;

	protected Whistle() {
	}

	Whistle(Long ticketId, Long regionId, Long blownBy, Instant now, String request, int reportInHours,
			Collection<Long> departmentIds) {
		this.ticketId = ticketId;
		this.regionId = regionId;
		this.blownBy = blownBy;
		this.blownAt = now;
		this.request = request;
		this.reportInHours = reportInHours;
		this.reportInDueAt = now.plus(Duration.ofHours(reportInHours));
		this.status = WhistleStatus.OPEN;
		departmentIds.forEach(departmentId -> this.summons.add(new WhistleSummons(departmentId, now)));
	}

	/** 报到: the department acknowledges the summons. */
	WhistleSummons reportIn(Long departmentId, Long accountId, String note, Instant now) {
		requireOpen();
		WhistleSummons part = summonsOf(departmentId);
		part.reportIn(accountId, note, now);
		return part;
	}

	/** The department finished its part; returns whether that closed the whistle. */
	boolean finish(Long departmentId, Long accountId, String note, Instant now) {
		requireOpen();
		summonsOf(departmentId).finish(accountId, note, now);
		if (this.summons.stream().allMatch(WhistleSummons::isDone)) {
			this.status = WhistleStatus.CLOSED;
			this.endedAt = now;
			return true;
		}
		return false;
	}

	void withdraw(Long accountId, String reason, Instant now) {
		requireOpen();
		this.status = WhistleStatus.WITHDRAWN;
		this.withdrawnBy = accountId;
		this.withdrawReason = reason;
		this.endedAt = now;
	}

	void requireOpen() {
		if (this.status != WhistleStatus.OPEN) {
			throw new ConflictException("dispatch.error.whistleNotOpen");
		}
	}

	/** The part of the given department; a department that was not summoned finds nothing here (404). */
	WhistleSummons summonsOf(Long departmentId) {
		return this.summons.stream()
			.filter(part -> part.getDepartmentId().equals(departmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("whistle", this.id));
	}

	Long getId() {
		return this.id;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	Long getRegionId() {
		return this.regionId;
	}

	Long getBlownBy() {
		return this.blownBy;
	}

	Instant getBlownAt() {
		return this.blownAt;
	}

	String getRequest() {
		return this.request;
	}

	int getReportInHours() {
		return this.reportInHours;
	}

	Instant getReportInDueAt() {
		return this.reportInDueAt;
	}

	WhistleStatus getStatus() {
		return this.status;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

	Long getWithdrawnBy() {
		return this.withdrawnBy;
	}

	String getWithdrawReason() {
		return this.withdrawReason;
	}

	List<WhistleSummons> getSummons() {
		return List.copyOf(this.summons);
	}

}
