package org.griddesk.ticket;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes RESOLVED tickets left unrated for seven days (DOMAIN.md). Runs on one instance at a time (ShedLock); each
 * batch is its own transaction, so a long backlog never holds one huge transaction open.
 */
@Component
class UnratedTicketCloser {

	private static final Logger log = LoggerFactory.getLogger(UnratedTicketCloser.class);

	private final TicketLifecycle lifecycle;

	private final int batchSize;

	UnratedTicketCloser(TicketLifecycle lifecycle,
			@Value("${griddesk.jobs.close-unrated.batch-size:100}") int batchSize) {
		this.lifecycle = lifecycle;
		this.batchSize = batchSize;
	}

	/** When another instance (or another thread) holds the lock, this run is skipped. */
	@Scheduled(cron = "${griddesk.jobs.close-unrated.cron:0 20 * * * *}", zone = "${griddesk.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "closeUnratedTickets", lockAtMostFor = "PT30M")
	public void closeUnrated() {
		int total = 0;
		int closed;
		do {
			closed = this.lifecycle.closeUnrated(this.batchSize);
			total += closed;
		}
		while (closed == this.batchSize);
		if (total > 0) {
			log.info("Closed {} resolved tickets left unrated for {} days", total,
					TicketLifecycle.UNRATED_CLOSE_AFTER.toDays());
		}
	}

}
