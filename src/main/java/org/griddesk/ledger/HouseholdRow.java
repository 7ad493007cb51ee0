package org.griddesk.ledger;

import java.util.List;

/** One door in the ledger list, with the people living there. */
record HouseholdRow(Long id, String gridLabel, String address, String door, List<Resident> residents) {
}
