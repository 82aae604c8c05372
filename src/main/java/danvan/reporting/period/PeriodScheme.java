package danvan.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How a body cuts its reporting periods, as data with its legal basis: calendar periods (a quarter is 1/7–30/9),
 * or periods that open on a day of the month before ({@code startDay} 15: the government's windows, the year's
 * report counting 15/12 of last year to 14/12). Every period of a scheme ends on the day before {@code startDay}
 * of its last month, and a 6-month, 9-month or year report starts with the year's first period.
 */
@Entity
@Table(name = "reporting_period_scheme")
public class PeriodScheme {

	@Id
	private String code;

	private String name;

	private int startDay;

	private String legalBasis;

	protected PeriodScheme() {
	}

	PeriodScheme(String code, String name, int startDay, String legalBasis) {
		if (startDay < 1 || startDay > 28) {
			throw new IllegalArgumentException("a period opens on day 1 to 28 of a month: " + startDay);
		}
		this.code = code;
		this.name = name;
		this.startDay = startDay;
		this.legalBasis = legalBasis;
	}

	/** The {@code index}-th period of the length in reporting year {@code year}. */
	public PeriodWindow window(PeriodLength length, int year, int index) {
		if (index < 1 || index > length.perYear()) {
			throw new IllegalArgumentException(length + " " + index + " of " + length.perYear());
		}
		int lastMonth = length.perYear() == 1 ? length.months() : index * length.months();
		int firstMonth = length.perYear() == 1 ? 1 : lastMonth - length.months() + 1;
		return new PeriodWindow(length, year, index, firstDay(YearMonth.of(year, firstMonth)),
				lastDay(YearMonth.of(year, lastMonth)));
	}

	/** The period of the length that counts {@code day}: with 15th-to-14th windows, 15/12 is in next year's. */
	public PeriodWindow containing(PeriodLength length, LocalDate day) {
		YearMonth month = YearMonth.from(day);
		if (startDay > 1 && day.getDayOfMonth() >= startDay) {
			month = month.plusMonths(1);
		}
		int index = length.perYear() == 1 ? 1 : (month.getMonthValue() - 1) / length.months() + 1;
		return window(length, month.getYear(), index);
	}

	/** The period before: the previous month or quarter, or the same span of the year before. */
	public PeriodWindow previous(PeriodWindow window) {
		if (window.length().perYear() == 1) {
			return window(window.length(), window.year() - 1, 1);
		}
		return window.index() == 1 ? window(window.length(), window.year() - 1, window.length().perYear())
				: window(window.length(), window.year(), window.index() - 1);
	}

	/** The window of this scheme running exactly from {@code from} to {@code to}, if there is one. */
	public java.util.Optional<PeriodWindow> matching(LocalDate from, LocalDate to) {
		for (PeriodLength length : PeriodLength.values()) {
			PeriodWindow candidate = containing(length, to);
			if (candidate.from().equals(from) && candidate.to().equals(to)) {
				return java.util.Optional.of(candidate);
			}
		}
		return java.util.Optional.empty();
	}

	private LocalDate firstDay(YearMonth month) {
		return startDay == 1 ? month.atDay(1) : month.minusMonths(1).atDay(startDay);
	}

	private LocalDate lastDay(YearMonth month) {
		return startDay == 1 ? month.atEndOfMonth() : month.atDay(startDay - 1);
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public int getStartDay() {
		return startDay;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

}
