package org.griddesk.ledger;

import java.util.List;

/** The door and the persons that {@link Ledger#enrol} put on the ledger, in the order given. */
public record Enrolment(Long householdId, List<Long> personIds) {
}
