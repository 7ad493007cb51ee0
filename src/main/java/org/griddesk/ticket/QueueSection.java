package org.griddesk.ticket;

/** The parts of a grid worker's queue (工单队列), each with its own order: what needs them first comes first. */
public enum QueueSection {

	/** Submitted to the worker's grids and not yet taken, soonest accept deadline first. */
	TO_ACCEPT,
	/** Accepted by the worker and still open, soonest resolve deadline first. */
	IN_HAND,
	/** Resolved in the worker's grids during the last {@link WorkerQueue#RECENTLY_RESOLVED_DAYS} days, latest first. */
	RECENTLY_RESOLVED,
	/** Every ticket of the worker's grids, newest first: the place to search. */
	ALL

}
