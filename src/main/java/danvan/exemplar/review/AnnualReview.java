package danvan.exemplar.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.Step;
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

	private final EntityManager em;

	private final OrgDirectory org;

	AnnualReview(EntityManager em, OrgDirectory org) {
		this.em = em;
		this.org = org;
	}

	public Summary of(int year, Long unitId) {
		return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unitId, year);
	}

	/**
	 * Grouped queries, one per count: the exemplars of the unit's subtree (an SQL {@code in} over its unit ids)
	 * with a step of the kind in the period, counted by kind and field in the database.
	 */
	Summary between(LocalDate from, LocalDate to, Long unitId, int year) {
		Set<Long> units = unitId == null ? null : org.unitIdsWithin(unitId);
		Period p = new Period(from, to, units);
		return new Summary(year, unitId, count(p, false, Step.Action.REGISTER),
				count(p, false, Step.Action.START, Step.Action.LAUNCH), count(p, false, Step.Action.RECOGNISE),
				count(p, true, Step.Action.RECOGNISE), count(p, false, Step.Action.HONOUR),
				count(p, false, Step.Action.IMPROVE), figures(p));
	}

	/** {@link #between} for many units (the report annex): the same grouped queries for each one. */
	Map<Long, Summary> betweenByUnit(LocalDate from, LocalDate to, java.util.Collection<Long> unitIds, int year) {
		Map<Long, Summary> out = new java.util.LinkedHashMap<>();
		unitIds.forEach(unitId -> out.put(unitId, between(from, to, unitId, year)));
		return out;
	}

	private record Period(LocalDate from, LocalDate to, Set<Long> units) {

		boolean empty() {
			return units != null && units.isEmpty();
		}

		String where(boolean typicalOnly) {
			return " where e.id in (select s.exemplarId from Step s where s.action in :actions"
					+ " and s.happenedOn between :from and :to)" + (units == null ? "" : " and e.unitId in :units")
					+ (typicalOnly ? " and e.typical = true" : "");
		}

		<T> TypedQuery<T> bind(TypedQuery<T> query, Step.Action... actions) {
			query.setParameter("actions", List.of(actions)).setParameter("from", from).setParameter("to", to);
			return units == null ? query : query.setParameter("units", units);
		}

	}

	private Count count(Period p, boolean typicalOnly, Step.Action... actions) {
		Map<ExemplarKind, Long> byKind = new EnumMap<>(ExemplarKind.class);
		Map<String, Long> byField = new TreeMap<>();
		long total = 0;
		if (!p.empty()) {
			TypedQuery<Object[]> query = em.createQuery("select e.kind, e.fieldCode, count(e) from Exemplar e"
					+ p.where(typicalOnly) + " group by e.kind, e.fieldCode", Object[].class);
			for (Object[] row : p.bind(query, actions).getResultList()) {
				long n = ((Number) row[2]).longValue();
				byKind.merge((ExemplarKind) row[0], n, Long::sum);
				byField.merge((String) row[1], n, Long::sum);
				total += n;
			}
		}
		return new Count(total, byKind, byField);
	}

	/** The recognised ones' figures summed by indicator. */
	private Map<String, BigDecimal> figures(Period p) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		if (p.empty()) {
			return sums;
		}
		TypedQuery<Object[]> query = em.createQuery("select key(f), sum(value(f)) from Exemplar e join e.figures f"
				+ p.where(false) + " group by key(f)", Object[].class);
		for (Object[] row : p.bind(query, Step.Action.RECOGNISE).getResultList()) {
			sums.put((String) row[0], row[1] instanceof BigDecimal b ? b : new BigDecimal(row[1].toString()));
		}
		return sums;
	}

}
