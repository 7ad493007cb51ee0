package org.griddesk.ticket;

import java.time.Instant;

/**
 * An accept or resolve window as {@link Deadlines} opens it: when it closes, and when it turns into a warning if that
 * is not simply 80% of the wall-clock span ({@code null} then).
 */
record Window(Instant due, Instant warningAt) {
}
