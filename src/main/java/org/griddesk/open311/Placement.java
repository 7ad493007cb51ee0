package org.griddesk.open311;

/** The grid a request was placed on ({@code null}: the district desk routes it by hand) and why. */
record Placement(Long gridId, String reason) {
}
