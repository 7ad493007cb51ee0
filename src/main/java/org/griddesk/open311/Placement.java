package org.griddesk.open311;

/**
 * The grid a request was placed on ({@code null}: the district desk routes it by hand), the ledger household when the
 * client named one, and why.
 */
record Placement(Long gridId, Long householdId, String reason) {
}
