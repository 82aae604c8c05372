package danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import danvan.planning.plan.PlanItem;
import danvan.planning.plan.RollUp;

/** The roll-up rules against values computed by hand: a district, three communes, a hamlet under one of them. */
class RollUpTests {

	static final long DISTRICT = 1, A = 2, B = 3, C = 4, HAMLET = 5;

	static PlanningUnits.Tree tree() {
		Map<Long, PlanningUnits.Unit> units = new java.util.LinkedHashMap<>();
		units.put(DISTRICT, unit(DISTRICT, null, 0));
		units.put(A, unit(A, DISTRICT, 1));
		units.put(HAMLET, unit(HAMLET, A, 2));
		units.put(B, unit(B, DISTRICT, 1));
		units.put(C, unit(C, DISTRICT, 1));
		Map<Long, List<Long>> children = new HashMap<>();
		children.put(DISTRICT, List.of(A, B, C));
		children.put(A, List.of(HAMLET));
		return new PlanningUnits.Tree(units, children);
	}

	static PlanningUnits.Unit unit(long id, Long parent, int depth) {
		return new PlanningUnits.Unit(id, parent, "U" + id, "Unit " + id, "XA", depth, true, null, null);
	}

	@Test
	void aSumIndicatorAddsTheSplitUnitsUpTheTreeAndCountsWhoHasNotReported() {
		Map<Long, RollUp.Cell> cells = RollUp.compute(tree(), PlanItem.Aggregation.SUM,
				Map.of(HAMLET, bd("10"), B, bd("20"), C, bd("30")), Map.of(HAMLET, bd("5"), B, bd("10")));
		RollUp.Cell district = cells.get(DISTRICT);
		assertThat(district.target()).isEqualByComparingTo("60");
		assertThat(district.achieved()).isEqualByComparingTo("15");
		assertThat(district.percent()).isEqualByComparingTo("25.0");
		assertThat(district.missingUnits()).isEqualTo(1);
		// the commune above the hamlet carries the hamlet's figures
		assertThat(cells.get(A).target()).isEqualByComparingTo("10");
		assertThat(cells.get(A).percent()).isEqualByComparingTo("50.0");
		assertThat(cells.get(C).achieved()).isNull();
		assertThat(cells.get(C).percent()).isNull();
	}

	@Test
	void anAverageIndicatorAveragesTargetsOverTheSplitAndValuesOverThoseWhoReported() {
		Map<Long, RollUp.Cell> cells = RollUp.compute(tree(), PlanItem.Aggregation.AVERAGE,
				Map.of(A, bd("90"), B, bd("90"), C, bd("80")), Map.of(A, bd("88"), B, bd("86")));
		RollUp.Cell district = cells.get(DISTRICT);
		assertThat(district.target()).isEqualByComparingTo("86.67");
		assertThat(district.achieved()).isEqualByComparingTo("87.00");
		assertThat(district.percent()).isEqualByComparingTo("100.4");
	}

	@Test
	void oneUnitsCellIsTheSameAsInTheWholeTable() {
		Map<Long, BigDecimal> splits = Map.of(HAMLET, bd("10.25"), B, bd("20"), C, bd("30"));
		Map<Long, BigDecimal> reported = Map.of(HAMLET, bd("5.5"), B, bd("10"));
		for (PlanItem.Aggregation aggregation : PlanItem.Aggregation.values()) {
			Map<Long, RollUp.Cell> all = RollUp.compute(tree(), aggregation, splits, reported);
			for (long unit : new long[] { DISTRICT, A, B, C, HAMLET }) {
				assertThat(RollUp.at(tree(), aggregation, splits, reported, unit)).isEqualTo(all.get(unit));
			}
		}
		assertThat(RollUp.compute(tree(), PlanItem.Aggregation.SUM, splits, reported).get(DISTRICT).achieved())
			.isEqualByComparingTo("15.5");
	}

	@Test
	void aPlansProgressIsTheWeightedMeanOfItsItemsCappedAtAHundred() {
		BigDecimal progress = RollUp.weighted(List.of(new RollUp.Weighted(bd("2"), bd("50")),
				new RollUp.Weighted(bd("1"), bd("80")), new RollUp.Weighted(BigDecimal.ZERO, bd("10")),
				new RollUp.Weighted(bd("1"), null), new RollUp.Weighted(bd("1"), bd("150"))));
		// (2×50 + 1×80 + 1×0 + 1×100) / 5 = 56
		assertThat(progress).isEqualByComparingTo("56.0");
		assertThat(RollUp.weighted(List.of())).isEqualByComparingTo("0");
	}

	@Test
	void behindPlanComparesTheAchievedShareWithTheShareOfThePeriodElapsed() {
		LocalDate from = LocalDate.of(2020, 1, 1);
		LocalDate to = LocalDate.of(2020, 12, 31);
		double half = RollUp.expectedShare(from, to, LocalDate.of(2020, 7, 1));
		assertThat(half).isEqualTo(183.0 / 366.0);
		assertThat(RollUp.behind(bd("40"), half)).isTrue();
		assertThat(RollUp.behind(bd("50"), half)).isFalse();
		assertThat(RollUp.behind(null, half)).as("nothing reported half-way is behind").isTrue();
		assertThat(RollUp.behind(null, RollUp.expectedShare(from, to, LocalDate.of(2019, 12, 1)))).isFalse();
		assertThat(RollUp.expectedShare(from, to, LocalDate.of(2021, 3, 1))).isEqualTo(1.0);
	}

	static BigDecimal bd(String s) {
		return new BigDecimal(s);
	}

}
