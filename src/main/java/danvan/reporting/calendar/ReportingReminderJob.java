package danvan.reporting.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import danvan.platform.cluster.ClusterJobs;

/** Every morning: remind the units whose report is due soon or late. Runs once per cluster. */
@Component
class ReportingReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReportingReminderJob.class);

	private final CallReminders reminders;

	private final ClusterJobs jobs;

	ReportingReminderJob(CallReminders reminders, ClusterJobs jobs) {
		this.reminders = reminders;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${danvan.reporting.reminders-cron:0 15 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void remindUnits() {
		jobs.runOnce("reporting.call-reminders", () -> log.info("Nhắc hạn báo cáo: {} đơn vị", reminders.remind()));
	}

}
