package org.griddesk.dashboard;

/**
 * One line of a breakdown: a child region (with its live counts), a category, a kind, a channel or a department.
 * {@code code} is what the ticket list filters on (region id, category id, kind or channel name).
 */
public record Breakdown(String code, String label, Figures figures, Live live) {
}
