package danvan.emulation.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import danvan.emulation.Points;
import danvan.emulation.assessment.Assessment;
import danvan.emulation.movement.TieBreak;
import danvan.emulation.scale.ItemKind;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;

/**
 * Totals, ranks and classifications, computed and never typed: total = criteria + min(bonus, cap) −
 * penalty; units are ranked overall and within their cluster, ties broken by the movement's rule, and
 * what stays tied shares the rank.
 */
public final class Standings {

	/** One unit's points, summed by kind. */
	public record Entry(Long unitId, String unitName, String cluster, BigDecimal criteria, BigDecimal bonus,
			BigDecimal penalty, BigDecimal firstGroup, Instant submittedAt) {
	}

	/** The points a unit has on one item. */
	public record ItemPoints(Long itemId, BigDecimal points) {
	}

	/** One unit's line of the results. */
	public record Row(Long unitId, String unitName, String cluster, BigDecimal criteria, BigDecimal bonus,
			BigDecimal penalty, BigDecimal total, int rank, int clusterRank, String classification,
			Instant submittedAt) {
	}

	/** Where each scored item of a scale counts, worked out once per scale. */
	public static final class Tally {

		private final Map<Long, ItemKind> kinds = new HashMap<>();

		private final Set<Long> firstGroup = new HashSet<>();

		public Tally(ScoringScale scale) {
			ScaleItem first = scale.childrenOf(null).stream().filter(i -> i.getKind() == ItemKind.GROUP).findFirst().orElse(null);
			for (ScaleItem item : scale.scoredItems()) {
				kinds.put(item.getId(), item.getKind());
				if (first != null && item.getKind() == ItemKind.CRITERION && scale.topOf(item) == first) {
					firstGroup.add(item.getId());
				}
			}
		}

		public Entry entry(Long unitId, String unitName, String cluster, Assessment assessment) {
			List<ItemPoints> points = assessment == null ? List.of()
					: assessment.getScores().stream().map(s -> new ItemPoints(s.getItemId(), s.getPoints())).toList();
			return entry(unitId, unitName, cluster, points, assessment == null ? null : assessment.getSubmittedAt());
		}

		public Entry entry(Long unitId, String unitName, String cluster, List<ItemPoints> scores, Instant submittedAt) {
			BigDecimal criteria = BigDecimal.ZERO;
			BigDecimal bonus = BigDecimal.ZERO;
			BigDecimal penalty = BigDecimal.ZERO;
			BigDecimal first = BigDecimal.ZERO;
			for (ItemPoints score : scores) {
				BigDecimal points = score.points();
				ItemKind kind = kinds.get(score.itemId());
				if (points == null || kind == null) {
					continue;
				}
				switch (kind) {
					case CRITERION -> criteria = criteria.add(points);
					case BONUS -> bonus = bonus.add(points);
					case PENALTY -> penalty = penalty.add(points);
					default -> {
					}
				}
				if (firstGroup.contains(score.itemId())) {
					first = first.add(points);
				}
			}
			return new Entry(unitId, unitName, cluster, Points.of(criteria), Points.of(bonus), Points.of(penalty),
					Points.of(first), submittedAt);
		}

	}

	private Standings() {
	}

	public static BigDecimal total(BigDecimal criteria, BigDecimal bonus, BigDecimal bonusCap, BigDecimal penalty) {
		return Points.of(criteria.add(bonus.min(bonusCap)).subtract(penalty));
	}

	/** The current total of one assessment. */
	public static BigDecimal totalOf(ScoringScale scale, Assessment assessment) {
		Entry e = new Tally(scale).entry(assessment.getUnitId(), null, null, assessment);
		return total(e.criteria(), e.bonus(), scale.getBonusCap(), e.penalty());
	}

	public static List<Row> rank(List<Entry> entries, BigDecimal bonusCap, TieBreak tieBreak,
			Function<BigDecimal, String> classify) {
		record Scored(Entry entry, BigDecimal total) {
		}
		Comparator<Scored> order = Comparator.comparing(Scored::total).reversed();
		if (tieBreak == TieBreak.FIRST_GROUP_THEN_SUBMISSION) {
			order = order.thenComparing(s -> s.entry().firstGroup(), Comparator.reverseOrder());
		}
		if (tieBreak != TieBreak.NONE) {
			order = order.thenComparing(s -> s.entry().submittedAt(), Comparator.nullsLast(Comparator.naturalOrder()));
		}
		Comparator<Scored> ranking = order;
		List<Scored> sorted = new ArrayList<>(entries.size());
		for (Entry e : entries) {
			sorted.add(new Scored(e, total(e.criteria(), e.bonus(), bonusCap, e.penalty())));
		}
		sorted.sort(ranking.thenComparing(s -> s.entry().unitName(), Comparator.nullsLast(Comparator.naturalOrder())));
		Map<Scored, Integer> ranks = competitionRanks(sorted, ranking);
		Map<String, List<Scored>> byCluster = new HashMap<>();
		sorted.forEach(s -> byCluster.computeIfAbsent(Objects.toString(s.entry().cluster(), ""), k -> new ArrayList<>()).add(s));
		Map<Scored, Integer> clusterRanks = new HashMap<>();
		byCluster.values().forEach(list -> clusterRanks.putAll(competitionRanks(list, ranking)));
		List<Row> rows = new ArrayList<>(sorted.size());
		for (Scored s : sorted) {
			Entry e = s.entry();
			rows.add(new Row(e.unitId(), e.unitName(), e.cluster(), e.criteria(), e.bonus().min(bonusCap), e.penalty(),
					s.total(), ranks.get(s), clusterRanks.get(s), classify.apply(s.total()), e.submittedAt()));
		}
		return rows;
	}

	/** 1, 2, 2, 4: equal under {@code order} shares the rank, the next rank skips. */
	private static <T> Map<T, Integer> competitionRanks(List<T> sorted, Comparator<T> order) {
		Map<T, Integer> ranks = new java.util.IdentityHashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			boolean tied = i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0;
			ranks.put(sorted.get(i), tied ? ranks.get(sorted.get(i - 1)) : i + 1);
		}
		return ranks;
	}

}
