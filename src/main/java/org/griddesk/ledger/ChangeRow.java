package org.griddesk.ledger;

import java.time.Instant;

/** One line of a household's or person's history, as the pages show it. */
record ChangeRow(Instant at, String actorName, boolean bySystem, Long personId, String action, String field,
		String oldValue, String newValue) {
}
