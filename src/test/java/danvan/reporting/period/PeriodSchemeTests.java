package danvan.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The government's 15th-to-14th windows and calendar periods, at their edges. */
class PeriodSchemeTests {

	private final PeriodScheme government = new PeriodScheme("GOV_15_14", "15-14", 15, "NĐ 09/2019/NĐ-CP Điều 12");

	private final PeriodScheme calendar = new PeriodScheme("CALENDAR", "lịch", 1, "lịch");

	@Test
	void theYearsReportCountsFromTheFifteenthOfDecemberBeforeToTheFourteenth() {
		PeriodWindow year = government.window(PeriodLength.YEAR, 2026, 1);
		assertThat(year.from()).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(government.window(PeriodLength.HALF_YEAR, 2026, 1).to()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(government.window(PeriodLength.NINE_MONTHS, 2026, 1).to()).isEqualTo(LocalDate.of(2026, 9, 14));
	}

	@Test
	void theFourteenthClosesAPeriodAndTheFifteenthOpensTheNext() {
		assertThat(government.containing(PeriodLength.QUARTER, LocalDate.of(2026, 3, 14)).index()).isEqualTo(1);
		PeriodWindow second = government.containing(PeriodLength.QUARTER, LocalDate.of(2026, 3, 15));
		assertThat(second.index()).isEqualTo(2);
		assertThat(second.from()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(second.to()).isEqualTo(LocalDate.of(2026, 6, 14));
		PeriodWindow month = government.containing(PeriodLength.MONTH, LocalDate.of(2026, 7, 14));
		assertThat(month.from()).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(month.to()).isEqualTo(LocalDate.of(2026, 7, 14));
	}

	@Test
	void theFifteenthOfDecemberBelongsToNextYear() {
		PeriodWindow year = government.containing(PeriodLength.YEAR, LocalDate.of(2026, 12, 15));
		assertThat(year.year()).isEqualTo(2027);
		assertThat(year.from()).isEqualTo(LocalDate.of(2026, 12, 15));
		PeriodWindow january = government.containing(PeriodLength.MONTH, LocalDate.of(2026, 12, 31));
		assertThat(january.year()).isEqualTo(2027);
		assertThat(january.index()).isEqualTo(1);
		assertThat(government.containing(PeriodLength.QUARTER, LocalDate.of(2026, 12, 14)).index()).isEqualTo(4);
		assertThat(government.containing(PeriodLength.QUARTER, LocalDate.of(2026, 12, 14)).year()).isEqualTo(2026);
	}

	@Test
	void thePreviousPeriodCrossesTheYearAndCalendarPeriodsRunToMonthEnd() {
		PeriodWindow first = government.window(PeriodLength.QUARTER, 2027, 1);
		PeriodWindow before = government.previous(first);
		assertThat(before.from()).isEqualTo(LocalDate.of(2026, 9, 15));
		assertThat(before.to()).isEqualTo(LocalDate.of(2026, 12, 14));
		PeriodWindow q3 = calendar.window(PeriodLength.QUARTER, 2020, 3);
		assertThat(q3.from()).isEqualTo(LocalDate.of(2020, 7, 1));
		assertThat(q3.to()).isEqualTo(LocalDate.of(2020, 9, 30));
		assertThat(calendar.matching(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 30))).contains(q3);
		assertThat(calendar.previous(q3).to()).isEqualTo(LocalDate.of(2020, 6, 30));
		assertThat(calendar.containing(PeriodLength.YEAR, LocalDate.of(2020, 12, 15)).year()).isEqualTo(2020);
		// the 9-month report compares with the same nine months of the year before
		PeriodWindow nine = calendar.window(PeriodLength.NINE_MONTHS, 2020, 1);
		assertThat(calendar.matching(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 30))).contains(nine);
		assertThat(calendar.previous(nine).from()).isEqualTo(LocalDate.of(2019, 1, 1));
	}

}
