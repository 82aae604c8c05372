package danvan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import danvan.emulation.movement.TieBreak;
import danvan.emulation.results.Standings;
import danvan.emulation.scale.ScoringScale;

/** Totals, caps, penalties, tie-breaks, ranks per cluster and classification, as pure computation. */
class EmulationStandingsTests {

	private static final BigDecimal CAP = new BigDecimal("5");

	private final ScoringScale scale = EmulationScaleTests.scale("R");

	private static Standings.Entry entry(long id, String cluster, String criteria, String bonus, String penalty,
			String firstGroup, int submittedDay) {
		return new Standings.Entry(id, "Xã " + id, cluster, new BigDecimal(criteria), new BigDecimal(bonus),
				new BigDecimal(penalty), new BigDecimal(firstGroup), Instant.parse("2020-09-01T00:00:00Z").plusSeconds(86_400L * submittedDay));
	}

	private List<Standings.Row> rank(TieBreak rule, Standings.Entry... entries) {
		return Standings.rank(List.of(entries), CAP, rule, scale::classify);
	}

	@Test
	void theTotalIsCriteriaPlusCappedBonusMinusPenalty() {
		assertThat(Standings.total(new BigDecimal("88.5"), new BigDecimal("6"), CAP, new BigDecimal("1")))
			.isEqualByComparingTo("92.5");
		assertThat(Standings.total(new BigDecimal("90"), new BigDecimal("3"), CAP, BigDecimal.ZERO)).isEqualByComparingTo("93");
		List<Standings.Row> rows = rank(TieBreak.NONE, entry(1, "A", "90", "6", "0", "20", 1));
		assertThat(rows.get(0).bonus()).isEqualByComparingTo("5");
		assertThat(rows.get(0).total()).isEqualByComparingTo("95");
		assertThat(rows.get(0).classification()).isEqualTo("Xuất sắc");
	}

	@Test
	void equalTotalsAreBrokenByTheFirstGroupThenTheEarlierSubmission() {
		List<Standings.Row> rows = rank(TieBreak.FIRST_GROUP_THEN_SUBMISSION,
				entry(1, "A", "90", "0", "0", "18", 1),
				entry(2, "A", "90", "0", "0", "20", 5),
				entry(3, "B", "90", "0", "0", "18", 0),
				entry(4, "B", "91", "0", "1", "10", 9));
		assertThat(rows).extracting(Standings.Row::unitId).containsExactly(2L, 3L, 1L, 4L);
		assertThat(rows).extracting(Standings.Row::rank).containsExactly(1, 2, 3, 4);
	}

	@Test
	void withoutATieBreakEqualTotalsShareTheRankAndTheNextRankSkips() {
		List<Standings.Row> rows = rank(TieBreak.NONE, entry(1, "A", "80", "0", "0", "1", 1),
				entry(2, "A", "85", "0", "0", "1", 2), entry(3, "B", "80", "0", "0", "9", 3),
				entry(4, "B", "70", "0", "0", "1", 4));
		assertThat(rows).extracting(Standings.Row::rank).containsExactly(1, 2, 2, 4);
		assertThat(rows).extracting(Standings.Row::classification).containsExactly("Tốt", "Khá", "Khá", "Khá");
	}

	@Test
	void unitsAreRankedWithinTheirCluster() {
		List<Standings.Row> rows = rank(TieBreak.SUBMISSION, entry(1, "Cụm 1", "95", "0", "0", "1", 1),
				entry(2, "Cụm 2", "94", "0", "0", "1", 2), entry(3, "Cụm 1", "93", "0", "0", "1", 3),
				entry(4, "Cụm 2", "96", "0", "0", "1", 4));
		assertThat(rows).extracting(Standings.Row::unitId).containsExactly(4L, 1L, 2L, 3L);
		assertThat(rows).extracting(Standings.Row::clusterRank).containsExactly(1, 1, 2, 2);
	}

}
