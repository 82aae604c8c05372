package danvan.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts working days over a set of calendar exceptions: a weekday is worked unless it is an official day off, a
 * weekend day is not unless it is a make-up working day.
 */
public final class WorkingDays {

	private final Map<LocalDate, CalendarDay.Kind> exceptions = new HashMap<>();

	public WorkingDays(Collection<CalendarDay> days) {
		days.forEach(d -> exceptions.put(d.day(), d.kind()));
	}

	public boolean isWorkingDay(LocalDate day) {
		CalendarDay.Kind exception = exceptions.get(day);
		if (exception != null) {
			return exception == CalendarDay.Kind.WORKING;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	/**
	 * The day on which a time limit of {@code count} working days that starts on {@code from} ends: the day of the
	 * event does not count, the first working day after it is day 1.
	 */
	public LocalDate plus(LocalDate from, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("negative working days: " + count);
		}
		LocalDate day = from;
		int left = count;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after it. */
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
