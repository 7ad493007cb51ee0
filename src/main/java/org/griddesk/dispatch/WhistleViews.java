package org.griddesk.dispatch;

import java.time.Instant;
import java.util.List;

/** What pages show of whistles. */
final class WhistleViews {

	private WhistleViews() {
	}

	/** A whistle with each summoned department's progress. */
	record WhistleView(Long id, Long ticketId, WhistleStatus status, String regionName, String blownByName,
			Instant blownAt, String request, int reportInHours, Instant reportInDueAt, Instant endedAt,
			String withdrawnByName, String withdrawReason, List<SummonsView> summons) {

		public boolean isOpen() {
			return this.status == WhistleStatus.OPEN;
		}

	}

	/** One department's part: when summoned, reported in and done, by whom, late or not, and its contributions. */
	record SummonsView(Long departmentId, String departmentName, Instant summonedAt, Instant reportedInAt,
			String reportedInByName, String reportNote, Instant doneAt, String doneByName, String doneNote,
			String stage, boolean late, List<ContributionView> contributions) {
	}

	/** A department's contribution, with the ids of its photos (served by the ticket module, scope-checked). */
	record ContributionView(Instant at, String authorName, String note, List<Long> photoIds) {
	}

	/** A line of a department's inbox. */
	record SummonsRow(Long whistleId, Long ticketId, String ticketNumber, String ticketTitle, String regionName,
			Instant blownAt, Instant reportInDueAt, WhistleStatus whistleStatus, String stage, boolean late) {
	}

}
