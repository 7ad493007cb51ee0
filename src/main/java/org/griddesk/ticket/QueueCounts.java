package org.griddesk.ticket;

/** How full a worker's queue is, and how much of it is in warning (预警) or overdue (超时). */
public record QueueCounts(long toAccept, long toAcceptWarning, long toAcceptOverdue, long inHand, long inHandWarning,
		long inHandOverdue) {
}
