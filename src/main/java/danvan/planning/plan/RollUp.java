package danvan.planning.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import danvan.planning.PlanningUnits;

/**
 * The arithmetic of progress: a target's values summed or averaged up the tree (as its indicator says), the share of
 * the period elapsed, and a plan's progress as the weighted mean of its items (Decidim Accountability's rule).
 */
public final class RollUp {

	/** One unit's rolled-up figures of a target in one period; {@code achieved} is null when nobody reported. */
	public record Cell(BigDecimal target, BigDecimal achieved, int splitUnits, int reportedUnits) {

		/** Achieved as a percentage of the target, one decimal; null without a report or a target. */
		public BigDecimal percent() {
			if (achieved == null || target == null || target.signum() == 0) {
				return null;
			}
			return achieved.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
		}

		public int missingUnits() {
			return splitUnits - reportedUnits;
		}

	}

	public record Weighted(BigDecimal weight, BigDecimal percent) {
	}

	private RollUp() {
	}

	/**
	 * Every unit with a share of the target in its subtree, with the subtree's figures: the split units' own
	 * targets and reported values, summed or averaged.
	 */
	public static Map<Long, Cell> compute(PlanningUnits.Tree tree, PlanItem.Aggregation aggregation,
			Map<Long, BigDecimal> splits, Map<Long, BigDecimal> reported) {
		// sums in hundredths (values are numeric(18, 2)) as longs: a province's 200 targets × 3,321 units add up in
		// milliseconds, where BigDecimal additions up every ancestor took over a second
		Map<Long, Acc> acc = new HashMap<>(splits.size() * 2);
		splits.forEach((unitId, target) -> {
			long t = hundredths(target);
			BigDecimal value = reported.get(unitId);
			long v = value == null ? 0 : hundredths(value);
			boolean has = value != null;
			PlanningUnits.Unit u = tree.unit(unitId);
			if (u == null) {
				acc.computeIfAbsent(unitId, k -> new Acc()).add(t, v, has);
			}
			for (; u != null; u = u.parentId() == null ? null : tree.unit(u.parentId())) {
				Acc a = acc.get(u.id());
				if (a == null) {
					a = new Acc();
					acc.put(u.id(), a);
				}
				a.add(t, v, has);
			}
		});
		Map<Long, Cell> cells = new HashMap<>(acc.size() * 2);
		acc.forEach((unitId, a) -> cells.put(unitId, a.cell(aggregation)));
		return cells;
	}

	/**
	 * One unit's figures of a target: the split units within its subtree, summed or averaged. The board's whole-tree
	 * view needs only this cell per target, so nothing is kept for the other units.
	 */
	public static Cell at(PlanningUnits.Tree tree, PlanItem.Aggregation aggregation, Map<Long, BigDecimal> splits,
			Map<Long, BigDecimal> reported, Long unitId) {
		Acc acc = new Acc();
		splits.forEach((splitUnit, target) -> {
			if (splitUnit.equals(unitId) || tree.within(splitUnit, unitId)) {
				BigDecimal value = reported.get(splitUnit);
				acc.add(hundredths(target), value == null ? 0 : hundredths(value), value != null);
			}
		});
		return acc.splits == 0 ? null : acc.cell(aggregation);
	}

	private static long hundredths(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
	}

	/** The weighted mean of the items' percentages; items without a weight do not count. */
	public static BigDecimal weighted(List<Weighted> items) {
		BigDecimal weights = BigDecimal.ZERO;
		BigDecimal sum = BigDecimal.ZERO;
		for (Weighted w : items) {
			if (w.weight() == null || w.weight().signum() <= 0) {
				continue;
			}
			BigDecimal p = w.percent() == null ? BigDecimal.ZERO : w.percent().min(BigDecimal.valueOf(100));
			weights = weights.add(w.weight());
			sum = sum.add(w.weight().multiply(p));
		}
		return weights.signum() == 0 ? BigDecimal.ZERO : sum.divide(weights, 1, RoundingMode.HALF_UP);
	}

	/** The share of {@code from..to} elapsed on {@code asOf}, from 0 to 1. */
	public static double expectedShare(LocalDate from, LocalDate to, LocalDate asOf) {
		if (asOf.isBefore(from)) {
			return 0;
		}
		if (!asOf.isBefore(to)) {
			return 1;
		}
		double days = ChronoUnit.DAYS.between(from, to) + 1;
		return (ChronoUnit.DAYS.between(from, asOf) + 1) / days;
	}

	/** Behind plan: less achieved than the elapsed share of the period asks, or nothing reported once it began. */
	public static boolean behind(BigDecimal percent, double expectedShare) {
		if (expectedShare <= 0) {
			return false;
		}
		return percent == null || percent.doubleValue() < expectedShare * 100 - 0.05;
	}

	private static final class Acc {

		long targetSum;

		long achievedSum;

		int splits;

		int reported;

		void add(long target, long value, boolean has) {
			targetSum += target;
			splits++;
			if (has) {
				achievedSum += value;
				reported++;
			}
		}

		Cell cell(PlanItem.Aggregation aggregation) {
			BigDecimal target = BigDecimal.valueOf(targetSum, 2);
			BigDecimal achieved = reported == 0 ? null : BigDecimal.valueOf(achievedSum, 2);
			if (aggregation == PlanItem.Aggregation.AVERAGE) {
				return new Cell(target.divide(BigDecimal.valueOf(splits), 2, RoundingMode.HALF_UP),
						achieved == null ? null : achieved.divide(BigDecimal.valueOf(reported), 2, RoundingMode.HALF_UP),
						splits, reported);
			}
			return new Cell(target, achieved, splits, reported);
		}

	}

}
