package org.griddesk.ticket;

/** A stored photo, ready to be served. */
public record PhotoContent(Long id, String contentType, byte[] data) {
}
