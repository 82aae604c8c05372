package danvan.dialogue.deadline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import danvan.platform.calendar.WorkingCalendar;

/**
 * The petition time limits of {@code dialogue_deadline_rule} (working days, legal basis, effective date), applied
 * on the working-day calendar: the rule in force on the day the clock starts is the one used.
 */
@Component
public class DeadlineRules {

	public static final String ANSWER = "ANSWER";

	public static final String NOTIFY_FORWARDER = "NOTIFY_FORWARDER";

	public static final String REFUSAL = "REFUSAL";

	public static final String REMIND_BEFORE = "REMIND_BEFORE";

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	DeadlineRules(JdbcTemplate jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The due date of rule {@code code} for a clock starting on {@code from}; none when no rule was in force. */
	public LocalDate due(String code, LocalDate from) {
		List<Integer> days = jdbc.queryForList(
				"select working_days from dialogue_deadline_rule where code = ? and effective_from <= ? "
						+ "order by effective_from desc limit 1",
				Integer.class, code, Date.valueOf(from));
		return days.isEmpty() ? null : calendar.plusWorkingDays(from, days.get(0));
	}

}
