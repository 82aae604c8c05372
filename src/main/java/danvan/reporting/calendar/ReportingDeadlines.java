package danvan.reporting.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.calendar.Deadline;
import danvan.platform.calendar.DeadlineSource;
import danvan.platform.security.Actor;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportService;

/**
 * On the shared calendar: the day a call's reports are due, while some unit has not sent its report (a late one
 * stays on its day until sent). The board's readers see it once a call with how many units have not sent; a
 * unit's readers see it for their own unit only, until it is sent. Reminders before and after the deadline are
 * {@link CallReminders}'.
 */
@Component
class ReportingDeadlines implements DeadlineSource {

	static final String LABEL = "reporting.deadline.call";

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final ReportingCallRepository calls;

	private final ReportService reports;

	private final OrgDirectory org;

	private final MessageSource messages;

	ReportingDeadlines(ReportingCallRepository calls, ReportService reports, OrgDirectory org, MessageSource messages) {
		this.calls = calls;
		this.reports = reports;
		this.org = org;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate to) {
		List<Deadline> found = new ArrayList<>();
		for (ReportingCall call : calls.findByDeadlineBetween(from, to)) {
			Set<Long> sent = reports.forPeriod(call.getKindCode(), call.getPeriodFrom(), call.getPeriodTo())
				.stream()
				.filter(r -> r.firstSubmittedAt().isPresent())
				.map(Report::getUnitId)
				.collect(Collectors.toSet());
			List<Long> owing = call.getUnits().stream().map(ReportingCallUnit::getUnitId).filter(u -> !sent.contains(u)).toList();
			if (owing.isEmpty()) {
				continue;
			}
			String link = "/reporting/calls/" + call.getId();
			if (org.reaches(actor, call.getBoardUnitId())) {
				found.add(new Deadline("reporting-call-" + call.getId(), LABEL,
						msg("reporting.deadline.board", call.getPeriodLabel(), owing.size()), call.getDeadline(),
						call.getBoardUnitId(), link));
				continue;
			}
			for (Long unitId : owing) {
				if (org.reaches(actor, unitId)) {
					found.add(new Deadline("reporting-call-" + call.getId() + "-" + unitId, LABEL,
							msg("reporting.deadline.unit", call.getPeriodLabel()), call.getDeadline(), unitId, link));
				}
			}
		}
		return found;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VI);
	}

}
