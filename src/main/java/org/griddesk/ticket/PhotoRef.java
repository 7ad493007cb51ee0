package org.griddesk.ticket;

/** Which timeline event a stored photo belongs to, without loading its bytes. */
record PhotoRef(Long id, Long eventId) {
}
