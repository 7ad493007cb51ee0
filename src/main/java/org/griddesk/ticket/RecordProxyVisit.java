package org.griddesk.ticket;

import java.time.Instant;

/** A worker reports a home visit: when it happened, what came of it, and whether the formality is now done. */
public record RecordProxyVisit(Instant visitedAt, String outcome, boolean formalityCompleted) {
}
