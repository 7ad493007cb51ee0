package org.griddesk.ledger;

import java.time.Instant;

/** One line of a person's access log. */
record AccessRow(Instant at, String actorName, String actorRole, String field, String reason) {
}
