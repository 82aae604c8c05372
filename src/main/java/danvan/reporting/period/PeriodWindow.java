package danvan.reporting.period;

import java.time.LocalDate;

/**
 * One reporting period as its first and last day (both counted) and what it is: the {@code index}-th period of
 * its length in reporting year {@code year} (month 1–12, quarter 1–4, otherwise 1).
 */
public record PeriodWindow(PeriodLength length, int year, int index, LocalDate from, LocalDate to) {

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

}
