package danvan.platform.calendar;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditWriter;
import danvan.platform.web.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * The official calendar as the database holds it: deadlines in working days, skipping weekends and the days off
 * listed in {@code platform_calendar_day}. A year not yet listed counts only weekends.
 */
@Service
public class WorkingCalendar {

	private final JdbcTemplate jdbc;

	private final AuditWriter audit;

	WorkingCalendar(JdbcTemplate jdbc, AuditWriter audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Adds an announced day off or make-up working day, written to the audit trail. A weekday cannot be a make-up
	 * working day, a weekend day cannot be a day off, and a day is listed once.
	 */
	@Transactional
	public void add(CalendarDay day) {
		if (day.day() == null) {
			throw RuleViolationException.onField("day", "platform.calendar.day.required");
		}
		if (day.kind() == null) {
			throw RuleViolationException.onField("kind", "platform.calendar.kind.required");
		}
		boolean weekend = day.day().getDayOfWeek() == DayOfWeek.SATURDAY || day.day().getDayOfWeek() == DayOfWeek.SUNDAY;
		if (weekend == (day.kind() == CalendarDay.Kind.OFF)) {
			throw RuleViolationException.onField("kind", day.kind() == CalendarDay.Kind.OFF
					? "platform.calendar.kind.offOnWeekend" : "platform.calendar.kind.workingOnWeekday");
		}
		requireText(day.name(), 200, "name");
		requireText(day.legalBasis(), 500, "legalBasis");
		List<CalendarDay> listed = days(day.day(), day.day());
		if (!listed.isEmpty() && listed.get(0).confirmed()) {
			throw RuleViolationException.onField("day", "platform.calendar.day.listed");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", day.kind().name());
		after.put("name", day.name().trim());
		after.put("legalBasis", day.legalBasis().trim());
		if (listed.isEmpty()) {
			jdbc.update("insert into platform_calendar_day (on_date, cal_year, kind, name, legal_basis) values (?, ?, ?, ?, ?)",
					Date.valueOf(day.day()), day.day().getYear(), day.kind().name(), day.name().trim(), day.legalBasis().trim());
			audit.writeAll(List.of(new AuditWriter.Entry("CalendarDay", day.day(), AuditAction.CREATE, null, after)));
			return;
		}
		// an unconfirmed day is replaced by the one entered from the notice
		CalendarDay before = listed.get(0);
		jdbc.update("update platform_calendar_day set kind = ?, name = ?, legal_basis = ?, confirmed = true where on_date = ?",
				day.kind().name(), day.name().trim(), day.legalBasis().trim(), Date.valueOf(day.day()));
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("kind", before.kind().name());
		was.put("name", before.name());
		was.put("legalBasis", before.legalBasis());
		was.put("confirmed", false);
		audit.writeAll(List.of(new AuditWriter.Entry("CalendarDay", day.day(), AuditAction.UPDATE, was, after)));
	}

	private static void requireText(String value, int max, String field) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw RuleViolationException.onField(field, "platform.calendar.text", max);
		}
	}

	/** The last day of a time limit of {@code count} working days counted from the day after {@code from}. */
	public LocalDate plusWorkingDays(LocalDate from, int count) {
		return around(from, from.plusDays(count * 2L + 40)).plus(from, count);
	}

	public boolean isWorkingDay(LocalDate day) {
		return around(day, day).isWorkingDay(day);
	}

	/** The exceptions listed for {@code year}, in date order. */
	public List<CalendarDay> year(int year) {
		return days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private WorkingDays around(LocalDate from, LocalDate to) {
		return new WorkingDays(days(from, to));
	}

	private List<CalendarDay> days(LocalDate from, LocalDate to) {
		return jdbc.query(
				"select on_date, kind, name, legal_basis, confirmed from platform_calendar_day where on_date between ? and ? order by on_date",
				(rs, i) -> new CalendarDay(rs.getDate("on_date").toLocalDate(), CalendarDay.Kind.valueOf(rs.getString("kind")),
						rs.getString("name"), rs.getString("legal_basis"), rs.getBoolean("confirmed")),
				Date.valueOf(from), Date.valueOf(to));
	}

}
