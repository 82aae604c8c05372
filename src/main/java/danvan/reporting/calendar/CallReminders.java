package danvan.reporting.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.notifications.Addressees;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Role;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportService;

/**
 * Reminds the units that owe a report and have not sent it: once when the deadline is near (the call's own number
 * of days before) and once when it has passed, and tells the board who is late. Each call unit remembers what
 * went out, so a rerun sends nothing twice. Calls whose deadline is older than the look-back are left alone.
 */
@Component
class CallReminders {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ReportingCallRepository calls;

	private final ReportService reports;

	private final NotificationService notifications;

	private final OrgDirectory org;

	private final Clock clock;

	private final int lookBackDays;

	CallReminders(ReportingCallRepository calls, ReportService reports, NotificationService notifications,
			OrgDirectory org, Clock clock, @Value("${danvan.reporting.reminders-look-back-days:60}") int lookBackDays) {
		this.calls = calls;
		this.reports = reports;
		this.notifications = notifications;
		this.org = org;
		this.clock = clock;
		this.lookBackDays = lookBackDays;
	}

	/** Sends today's reminders; answers how many units were reminded. */
	@Transactional
	int remind() {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		int sent = 0;
		for (ReportingCall call : calls.findByDeadlineBetween(today.minusDays(lookBackDays),
				today.plusDays(ReportingCalendar.MAX_REMIND_DAYS))) {
			boolean late = !now.isBefore(call.lateFrom());
			boolean near = !late && !today.isBefore(call.getDeadline().minusDays(call.getRemindDaysBefore()));
			if (!late && !near) {
				continue;
			}
			Map<Long, Report> byUnit = reports.forPeriod(call.getKindCode(), call.getPeriodFrom(), call.getPeriodTo())
				.stream()
				.collect(Collectors.toMap(Report::getUnitId, Function.identity(), (a, b) -> a));
			String link = "/reporting/calls/" + call.getId();
			String deadline = call.getDeadline().format(DATE);
			for (ReportingCallUnit unit : call.getUnits()) {
				Report report = byUnit.get(unit.getUnitId());
				if (report != null && report.firstSubmittedAt().isPresent()) {
					continue;
				}
				String name = org.nameOf(unit.getUnitId()).orElse("");
				if (late && unit.getRemindedLateAt() == null) {
					unit.remindedLate(now);
					notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, unit.getUnitId()), link,
							"reporting.notice.late", call.getPeriodLabel(), deadline));
					notifications.post(Notice.of(Addressees.holding(Role.BOARD_OFFICER, call.getBoardUnitId()), link,
							"reporting.notice.lateToBoard", name, call.getPeriodLabel(), deadline));
					sent++;
				}
				else if (near && unit.getRemindedBeforeAt() == null) {
					unit.remindedBefore(now);
					notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, unit.getUnitId()), link,
							"reporting.notice.dueSoon", call.getPeriodLabel(), deadline));
					sent++;
				}
			}
		}
		return sent;
	}

}
