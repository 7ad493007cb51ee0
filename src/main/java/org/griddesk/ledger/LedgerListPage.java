package org.griddesk.ledger;

import java.util.List;

import org.springframework.data.domain.Page;

/** The ledger list: a page of doors, the grids to filter by, and whether the user may add to it. */
record LedgerListPage(Page<HouseholdRow> households, List<GridOption> grids, boolean canEdit) {
}
