package org.griddesk.open311;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drops old rate-limit windows once an hour, on one instance at a time. */
@Component
class UsageCleanup {

	private final ApiKeyGate gate;

	UsageCleanup(ApiKeyGate gate) {
		this.gate = gate;
	}

	@Scheduled(cron = "0 17 * * * *")
	@SchedulerLock(name = "open311-usage-cleanup", lockAtMostFor = "PT10M")
	void forgetOldWindows() {
		this.gate.forgetOldWindows();
	}

}
