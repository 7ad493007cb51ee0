package org.griddesk.ledger;

import java.util.List;

/** Where a person could move to: the doors of the worker's grids matching the search. */
record MovePage(PersonView person, HouseholdView household, List<HouseholdView> candidates) {
}
