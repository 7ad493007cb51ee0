package org.griddesk.dispatch;

/** What a return visit (回访) found; each has a message key {@code dispatch.returnVisit.outcome.<NAME>}. */
enum ReturnVisitOutcome {

	SATISFIED, STILL_UNSATISFIED, UNREACHABLE

}
