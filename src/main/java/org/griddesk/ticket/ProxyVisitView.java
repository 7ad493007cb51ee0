package org.griddesk.ticket;

import java.time.Instant;

/** A recorded home visit (上门代办) as the ticket page lists it. */
public record ProxyVisitView(Long id, Instant visitedAt, Long workerId, String workerName, String outcome,
		boolean formalityCompleted, Instant recordedAt) {
}
