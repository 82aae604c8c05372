package danvan.platform.calendar;

import java.time.LocalDate;

/** The days a list's filter keeps: a year and a from–to range together, either end open (null). */
public record DayWindow(LocalDate first, LocalDate last) {

	/**
	 * The days within {@code year} (if given) and from {@code from} to {@code to} (each if given). A year typed
	 * past the calendar's ends (0, 99999999) is held at year 1 or 9999, where no record is.
	 */
	public static DayWindow of(Integer year, LocalDate from, LocalDate to) {
		Integer y = year == null ? null : Math.max(1, Math.min(9999, year));
		LocalDate yearStart = y == null ? null : LocalDate.of(y, 1, 1);
		LocalDate yearEnd = y == null ? null : LocalDate.of(y, 12, 31);
		return new DayWindow(later(from, yearStart), earlier(to, yearEnd));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		return a.isBefore(b) ? a : b;
	}

}
