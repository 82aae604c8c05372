package danvan.reporting.period;

/** How long a reporting period runs: a month, a quarter, 6 months, 9 months or a year. */
public enum PeriodLength {

	MONTH(1), QUARTER(3), HALF_YEAR(6), NINE_MONTHS(9), YEAR(12);

	private final int months;

	PeriodLength(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}

	/** How many periods of this length a year has: 12 months, 4 quarters, one 6-month, 9-month or year report. */
	public int perYear() {
		return this == MONTH ? 12 : this == QUARTER ? 4 : 1;
	}

}
