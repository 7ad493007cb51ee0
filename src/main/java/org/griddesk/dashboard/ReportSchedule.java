package org.griddesk.dashboard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes last week's reports on Monday morning and last month's on the first of the month, in the district's time
 * zone. The lock makes one instance do it per tick; the unique (kind, region, period) key makes a second run a no-op.
 */
@Component
class ReportSchedule {

	private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

	private final Reports reports;

	ReportSchedule(Reports reports) {
		this.reports = reports;
	}

	@Scheduled(cron = "${griddesk.reports.weekly-cron:0 0 6 * * MON}", zone = "${griddesk.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "dashboard.weeklyReports", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void weekly() {
		log.info("Wrote {} weekly reports", this.reports.generateDue(ReportKind.WEEKLY));
	}

	@Scheduled(cron = "${griddesk.reports.monthly-cron:0 0 6 1 * *}", zone = "${griddesk.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "dashboard.monthlyReports", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void monthly() {
		log.info("Wrote {} monthly reports", this.reports.generateDue(ReportKind.MONTHLY));
	}

}
