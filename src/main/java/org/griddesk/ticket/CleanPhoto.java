package org.griddesk.ticket;

/** An upload that passed the checks: a known format, within the size limit, metadata removed. */
record CleanPhoto(ImageFormat format, byte[] data) {
}
