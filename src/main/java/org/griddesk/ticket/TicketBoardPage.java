package org.griddesk.ticket;

import org.springframework.data.domain.Page;

/**
 * One page of a command center's board. Totals are counted only up to a cap ({@code capped} says the real number
 * is larger), so that a page view never counts millions of rows.
 */
public record TicketBoardPage(Page<TicketRow> page, boolean capped) {
}
