package org.griddesk.ticket;

import org.springframework.data.domain.Page;

/** One page of a part of the worker's queue, and the counts its tabs show. */
record WorkerQueuePage(Page<TicketRow> rows, QueueCounts counts) {
}
