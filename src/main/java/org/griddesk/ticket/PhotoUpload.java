package org.griddesk.ticket;

/** A file as it arrived from a form: the name the sender gave it (only used in messages) and its bytes. */
public record PhotoUpload(String filename, byte[] bytes) {
}
