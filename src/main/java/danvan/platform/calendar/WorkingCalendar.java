package danvan.platform.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The official calendar as the database holds it: deadlines in working days, skipping weekends and the days off
 * listed in {@code platform_calendar_day}. A year not yet listed counts only weekends.
 */
@Service
public class WorkingCalendar {

	private final JdbcTemplate jdbc;

	WorkingCalendar(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
				"select on_date, kind, name, legal_basis from platform_calendar_day where on_date between ? and ? order by on_date",
				(rs, i) -> new CalendarDay(rs.getDate("on_date").toLocalDate(), CalendarDay.Kind.valueOf(rs.getString("kind")),
						rs.getString("name"), rs.getString("legal_basis")),
				Date.valueOf(from), Date.valueOf(to));
	}

}
