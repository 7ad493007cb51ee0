package org.griddesk.ticket;

/** Where routing placed a ticket, and why (written to the timeline). */
record Route(Long regionId, Long departmentId, String reason) {
}
