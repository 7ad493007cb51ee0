package org.griddesk.dispatch;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline engine every {@code griddesk.dispatch.sweep-interval} (a minute by default). With several
 * GridDesk instances on one database, ShedLock lets one of them run each tick; the lock is kept at least a few
 * seconds so that a fast sweep on one instance does not let another run the same tick again.
 */
@Component
class DeadlineSweep {

	private final DeadlineEngine engine;

	private final Clock clock;

	DeadlineSweep(DeadlineEngine engine, Clock clock) {
		this.engine = engine;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${griddesk.dispatch.sweep-interval:PT1M}",
			initialDelayString = "${griddesk.dispatch.sweep-initial-delay:PT1M}")
	@SchedulerLock(name = "dispatch-deadline-sweep", lockAtMostFor = "${griddesk.dispatch.sweep-lock-at-most:PT10M}",
			lockAtLeastFor = "${griddesk.dispatch.sweep-lock-at-least:PT15S}")
	public void run() {
		this.engine.sweep(this.clock.instant());
	}

}
