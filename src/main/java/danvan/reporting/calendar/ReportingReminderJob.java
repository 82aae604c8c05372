package danvan.reporting.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: remind the units whose report is due soon or late. One job, to be locked once per cluster. */
@Component
class ReportingReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReportingReminderJob.class);

	private final CallReminders reminders;

	ReportingReminderJob(CallReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${danvan.reporting.reminders-cron:0 15 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void remindUnits() {
		log.info("Nhắc hạn báo cáo: {} đơn vị", reminders.remind());
	}

}
