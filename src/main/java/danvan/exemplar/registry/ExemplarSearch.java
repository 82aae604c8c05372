package danvan.exemplar.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.StageEntry;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.text.Folding;

/**
 * The register's lists, filtered, scoped, counted, sorted and paged in the database: the reader's scope is the
 * set of unit ids under their grants (through mergers) as a SQL {@code in}, and the totals by field, by unit and
 * the sums of the figures are grouped queries over the same conditions.
 */
@Service
@Transactional(readOnly = true)
public class ExemplarSearch {

	/** Rows per page on the list screen. */
	public static final int SCREEN_PAGE_SIZE = 100;

	/** One page of a list with the count of every match. {@code page} counts from 1. */
	public record Page(List<Exemplar> rows, long total, int page, int size) {

		public int pages() {
			return total == 0 ? 1 : (int) ((total + size - 1) / size);
		}

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages();
		}

	}

	/** One page of a list with the totals of every match (not only of the page). */
	public record Listing(Page page, Map<String, Long> byField, Map<Long, Long> byUnit,
			Map<String, BigDecimal> figureSums) {

		public List<Exemplar> rows() {
			return page.rows();
		}

		/** How many exemplars match, on every page. */
		public long size() {
			return page.total();
		}

	}

	private final EntityManager em;

	private final OrgDirectory org;

	ExemplarSearch(EntityManager em, OrgDirectory org) {
		this.em = em;
		this.org = org;
	}

	/** Every match, in the filter's order (for the stage review's few hundred). */
	public List<Exemplar> find(Actor actor, ExemplarFilter filter) {
		Set<Long> scope = scope(actor, filter.unitId());
		return rows(filter, scope).getResultList();
	}

	/** One page for a script: a page past the last is empty (its total still says how many there are). */
	public Page page(Actor actor, ExemplarFilter filter, int page, int size) {
		if (page < 1 || size < 1) {
			throw new IllegalStateException("exemplar: page and size count from 1");
		}
		Set<Long> scope = scope(actor, filter.unitId());
		return page(filter, scope, page, size, false);
	}

	/**
	 * A page with no reader's scope (the public showcase), only the filter's unit subtree; a page past the last
	 * is the last. The caller narrows the filter to what may be public.
	 */
	public Page unscopedPage(ExemplarFilter filter, int page, int size) {
		Set<Long> scope = filter.unitId() == null ? null : new HashSet<>(org.unitIdsWithin(filter.unitId()));
		return page(filter, scope, page, size, true);
	}

	/** How many exemplars match, within the reader's scope. */
	public long count(Actor actor, ExemplarFilter filter) {
		return count(filter, scope(actor, filter.unitId()));
	}

	/** The screen's page with the totals of every match. */
	public Listing list(Actor actor, ExemplarFilter filter, int page) {
		Set<Long> scope = scope(actor, filter.unitId());
		Page rows = page(filter, scope, page, SCREEN_PAGE_SIZE, true);
		if (rows.total() == 0) {
			return new Listing(rows, Map.of(), Map.of(), Map.of());
		}
		return new Listing(rows, grouped(filter, scope, "fieldCode", String.class), grouped(filter, scope, "unitId", Long.class),
				figureSums(filter, scope));
	}

	public Listing list(Actor actor, ExemplarFilter filter) {
		return list(actor, filter, 1);
	}

	/**
	 * Hands every match to {@code each}, {@code size} at a time, detaching each page after use so an export of
	 * twenty thousand rows never holds them all.
	 */
	public void forEachPage(Actor actor, ExemplarFilter filter, int size, Consumer<List<Exemplar>> each) {
		Set<Long> scope = scope(actor, filter.unitId());
		for (int first = 0;; first += size) {
			List<Exemplar> rows = rows(filter, scope).setFirstResult(first).setMaxResults(size).getResultList();
			if (rows.isEmpty()) {
				return;
			}
			each.accept(rows);
			em.clear();
			if (rows.size() < size) {
				return;
			}
		}
	}

	/**
	 * The unit ids the reader may see, narrowed to the filter's subtree; {@code null} when nothing narrows it (a
	 * system-wide grant and no unit chosen).
	 */
	public Set<Long> scope(Actor actor, Long unitId) {
		Set<Long> readable = null;
		if (actor.grants().stream().noneMatch(Grant::isGlobal)) {
			readable = new HashSet<>();
			for (Grant g : actor.grants()) {
				readable.addAll(org.unitIdsWithin(g.scopeUnitId()));
			}
		}
		if (unitId == null) {
			return readable;
		}
		Set<Long> within = new HashSet<>(org.unitIdsWithin(unitId));
		if (readable != null) {
			within.retainAll(readable);
		}
		return within;
	}

	/** With {@code clamp} (the screen) a page below 1 is the first and one past the last is the last. */
	private Page page(ExemplarFilter filter, Set<Long> scope, int page, int size, boolean clamp) {
		long total = count(filter, scope);
		int pages = total == 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
		int number = clamp ? Math.max(1, Math.min(page, pages)) : page;
		long first = (number - 1L) * size;
		List<Exemplar> rows = first >= total ? List.of()
				: rows(filter, scope).setFirstResult((int) first).setMaxResults(size).getResultList();
		return new Page(rows, total, number, size);
	}

	private jakarta.persistence.TypedQuery<Exemplar> rows(ExemplarFilter filter, Set<Long> scope) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Exemplar> q = cb.createQuery(Exemplar.class);
		Root<Exemplar> root = q.from(Exemplar.class);
		q.select(root).where(where(cb, q, root, filter, scope)).orderBy(order(cb, root, filter.sort()));
		return em.createQuery(q);
	}

	private long count(ExemplarFilter filter, Set<Long> scope) {
		if (scope != null && scope.isEmpty()) {
			return 0;
		}
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Long> q = cb.createQuery(Long.class);
		Root<Exemplar> root = q.from(Exemplar.class);
		q.select(cb.count(root)).where(where(cb, q, root, filter, scope));
		return em.createQuery(q).getSingleResult();
	}

	private <K> Map<K, Long> grouped(ExemplarFilter filter, Set<Long> scope, String attribute, Class<K> type) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
		Root<Exemplar> root = q.from(Exemplar.class);
		var key = root.<K>get(attribute);
		var count = cb.count(root);
		q.multiselect(key, count).where(where(cb, q, root, filter, scope)).groupBy(key).orderBy(cb.desc(count), cb.asc(key));
		Map<K, Long> totals = new LinkedHashMap<>();
		for (Object[] row : em.createQuery(q).getResultList()) {
			totals.put(type.cast(row[0]), ((Number) row[1]).longValue());
		}
		return totals;
	}

	private Map<String, BigDecimal> figureSums(ExemplarFilter filter, Set<Long> scope) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
		Root<Exemplar> root = q.from(Exemplar.class);
		MapJoin<Exemplar, String, BigDecimal> figures = root.joinMap("figures");
		q.multiselect(figures.key(), cb.sum(figures.value()))
			.where(where(cb, q, root, filter, scope))
			.groupBy(figures.key());
		Map<String, BigDecimal> sums = new TreeMap<>();
		for (Object[] row : em.createQuery(q).getResultList()) {
			sums.put((String) row[0], row[1] instanceof BigDecimal b ? b : new BigDecimal(row[1].toString()));
		}
		return sums;
	}

	private static Predicate where(CriteriaBuilder cb, AbstractQuery<?> query, Root<Exemplar> root, ExemplarFilter f,
			Set<Long> scope) {
		List<Predicate> where = new ArrayList<>();
		if (scope != null) {
			where.add(scope.isEmpty() ? cb.disjunction() : root.get("unitId").in(scope));
		}
		for (String word : Folding.words(f.q(), 6)) {
			where.add(cb.like(root.get("searchText"), "%" + word.replace("%", "").replace("_", "") + "%"));
		}
		if (f.kind() != null) {
			where.add(cb.equal(root.get("kind"), f.kind()));
		}
		if (f.field() != null && !f.field().isBlank()) {
			where.add(cb.equal(root.get("fieldCode"), f.field()));
		}
		if (f.level() != null) {
			where.add(cb.equal(root.get("recognitionLevel"), f.level()));
		}
		if (f.status() != null) {
			where.add(cb.equal(root.get("status"), f.status()));
		}
		if (f.year() != null) {
			where.add(cb.between(root.get("registeredOn"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
		}
		if (f.stage() != null && !f.stage().isBlank()) {
			Subquery<Long> inStage = query.subquery(Long.class);
			Root<Exemplar> other = inStage.from(Exemplar.class);
			Join<Exemplar, StageEntry> stages = other.join("stages");
			inStage.select(other.get("id")).where(cb.equal(stages.get("stageCode"), f.stage()));
			where.add(root.get("id").in(inStage));
		}
		return cb.and(where.toArray(Predicate[]::new));
	}

	/** Names sort by their folded form (the search text starts with it), so "Đ" sorts with "D" as before. */
	private static List<Order> order(CriteriaBuilder cb, Root<Exemplar> root, String sort) {
		Order byName = cb.asc(root.get("searchText"));
		Order byId = cb.asc(root.get("id"));
		return switch (sort == null ? "" : sort) {
			case "name" -> List.of(byName, byId);
			case "unit" -> List.of(cb.asc(root.get("unitId")), byName, byId);
			case "recognised" -> List.of(
					cb.asc(cb.selectCase().when(cb.isNull(root.get("recognisedOn")), 1).otherwise(0)),
					cb.desc(root.get("recognisedOn")), byName, byId);
			case "showcase" -> List.of(cb.desc(root.get("typical")), cb.desc(root.get("recognisedOn")), byName, byId);
			default -> List.of(cb.desc(root.get("registeredOn")), cb.desc(root.get("id")));
		};
	}

}
