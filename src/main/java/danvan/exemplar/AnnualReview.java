package danvan.exemplar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;

/**
 * The year's counts for a unit and everything under it (predecessors through mergers): registered, implementing,
 * recognised, "tiêu biểu", honoured, improved, each split by kind and field, with the recognised ones' figures
 * summed — what a report quotes: "201 mô hình, điển hình (147 mô hình, 54 điển hình)".
 */
@Service
@Transactional(readOnly = true)
public class AnnualReview {

	/** One count with its splits. */
	public record Count(long total, Map<ExemplarKind, Long> byKind, Map<String, Long> byField) {

		public long models() {
			return byKind.getOrDefault(ExemplarKind.MODEL, 0L);
		}

		/** Individual and collective exemplars together (điển hình). */
		public long exemplars() {
			return total - models();
		}

	}

	public record Summary(int year, Long unitId, Count registered, Count implementing, Count recognised, Count typical,
			Count honoured, Count improved, Map<String, BigDecimal> figures) {
	}

	private final StepsInPeriod steps;

	private final ExemplarRepository exemplars;

	private final OrgDirectory org;

	AnnualReview(StepsInPeriod steps, ExemplarRepository exemplars, OrgDirectory org) {
		this.steps = steps;
		this.exemplars = exemplars;
		this.org = org;
	}

	public Summary of(int year, Long unitId) {
		return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unitId, year);
	}

	Summary between(LocalDate from, LocalDate to, Long unitId, int year) {
		return betweenByUnit(from, to, List.of(unitId), year).get(unitId);
	}

	/** {@link #between} for many units: the period's steps and exemplars read once, then split by subtree. */
	Map<Long, Summary> betweenByUnit(LocalDate from, LocalDate to, java.util.Collection<Long> unitIds, int year) {
		Map<Step.Action, Set<Long>> acted = new EnumMap<>(Step.Action.class);
		for (Object[] row : steps.actedBetween(from, to)) {
			acted.computeIfAbsent((Step.Action) row[1], a -> new HashSet<>()).add((Long) row[0]);
		}
		Set<Long> ids = new HashSet<>();
		acted.values().forEach(ids::addAll);
		List<Exemplar> all = ids.isEmpty() ? List.of() : exemplars.findAllById(ids);
		Map<Long, Summary> out = new LinkedHashMap<>();
		for (Long unitId : unitIds) {
			Predicate<Long> inUnit = UnitScope.within(org, unitId);
			Map<Long, Exemplar> byId = new LinkedHashMap<>();
			all.stream().filter(e -> inUnit.test(e.getUnitId())).forEach(e -> byId.put(e.getId(), e));
			List<Exemplar> recognised = ids(acted, byId, Step.Action.RECOGNISE);
			Map<String, BigDecimal> sums = new TreeMap<>();
			recognised.forEach(e -> e.getFigures().forEach((code, value) -> sums.merge(code, value, BigDecimal::add)));
			List<Exemplar> implementing = ids(acted, byId, Step.Action.START);
			implementing.addAll(ids(acted, byId, Step.Action.LAUNCH));
			out.put(unitId, new Summary(year, unitId, count(ids(acted, byId, Step.Action.REGISTER)), count(implementing),
					count(recognised), count(recognised.stream().filter(Exemplar::isTypical).toList()),
					count(ids(acted, byId, Step.Action.HONOUR)), count(ids(acted, byId, Step.Action.IMPROVE)), sums));
		}
		return out;
	}

	private static List<Exemplar> ids(Map<Step.Action, Set<Long>> acted, Map<Long, Exemplar> byId, Step.Action action) {
		return new java.util.ArrayList<>(acted.getOrDefault(action, Set.of())
			.stream()
			.map(byId::get)
			.filter(java.util.Objects::nonNull)
			.toList());
	}

	private static Count count(List<Exemplar> list) {
		Map<ExemplarKind, Long> byKind = new EnumMap<>(ExemplarKind.class);
		Map<String, Long> byField = new TreeMap<>();
		for (Exemplar e : list) {
			byKind.merge(e.getKind(), 1L, Long::sum);
			byField.merge(e.getFieldCode(), 1L, Long::sum);
		}
		return new Count(list.size(), byKind, byField);
	}

}

interface StepsInPeriod extends JpaRepository<Step, Long> {

	@Query("select distinct s.exemplarId, s.action from Step s where s.happenedOn between ?1 and ?2")
	List<Object[]> actedBetween(LocalDate from, LocalDate to);

}
