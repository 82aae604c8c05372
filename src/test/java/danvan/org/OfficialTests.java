package danvan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import danvan.platform.web.RuleViolationException;

class OfficialTests {

	private final OrgUnit board = new OrgUnit("BDV", "Ban Dân vận", null, null);

	private final Official official = new Official("Nguyễn Văn A", Gender.MALE, board);

	@Test
	void countsOnlyMassMobilizationPeriodsInYearsAndMonths() {
		official.addPeriod(board, "Chuyên viên", LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31), true);
		official.addPeriod(board, "Phó Bí thư", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31), false);
		official.addPeriod(board, "Trưởng ban", LocalDate.of(2020, 1, 1), null, true);

		ServiceLength service = official.massMobilizationService(LocalDate.of(2026, 6, 30));

		assertThat(service.years()).isEqualTo(11);
		assertThat(service.months()).isEqualTo(6);
	}

	@Test
	void refusesAPeriodThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> official.addPeriod(board, "Chuyên viên", LocalDate.of(2020, 5, 1),
				LocalDate.of(2020, 4, 30), true))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("org.period.endBeforeStart");
		assertThat(official.getPeriods()).isEmpty();
	}

	@Test
	void refusesOverlappingPeriodsButAcceptsAdjacentOnes() {
		official.addPeriod(board, "Chuyên viên", LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31), true);
		official.addPeriod(board, "Phó ban", LocalDate.of(2015, 1, 1), null, true);

		assertThatThrownBy(() -> official.addPeriod(board, "Trưởng ban", LocalDate.of(2014, 6, 1),
				LocalDate.of(2014, 8, 1), true))
			.hasMessage("org.period.overlap");
		assertThatThrownBy(() -> official.addPeriod(board, "Trưởng ban", LocalDate.of(2024, 1, 1), null, true))
			.hasMessage("org.period.overlap");
		assertThat(official.getPeriods()).hasSize(2);
	}

	@Test
	void aPeriodStartingInTheFutureCountsNothingYet() {
		official.addPeriod(board, "Trưởng ban", LocalDate.of(2030, 1, 1), null, true);
		assertThat(official.massMobilizationService(LocalDate.of(2026, 1, 1)).totalMonths()).isZero();
	}

}
