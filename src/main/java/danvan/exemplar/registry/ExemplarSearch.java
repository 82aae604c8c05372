package danvan.exemplar.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.RecognitionLevel;
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
		return page(filter, scope, page, size, false, count(filter, scope));
	}

	/**
	 * A page with no reader's scope (the public showcase), only the filter's unit subtree; a page past the last
	 * is the last. The caller narrows the filter to what may be public.
	 */
	public Page unscopedPage(ExemplarFilter filter, int page, int size) {
		Set<Long> scope = filter.unitId() == null ? null : new HashSet<>(org.unitIdsWithin(filter.unitId()));
		return page(filter, scope, page, size, true, count(filter, scope));
	}

	/** How many exemplars match, within the reader's scope. */
	public long count(Actor actor, ExemplarFilter filter) {
		return count(filter, scope(actor, filter.unitId()));
	}

	/**
	 * The screen's page with the totals of every match. One grouped query by field and unit gives both totals
	 * and the count (the sum of the unit totals), so the page itself is the only other read.
	 */
	public Listing list(Actor actor, ExemplarFilter filter, int page) {
		Set<Long> scope = scope(actor, filter.unitId());
		Map<String, Long> byField = new LinkedHashMap<>();
		Map<Long, Long> byUnit = new LinkedHashMap<>();
		long total = totals(filter, scope, byField, byUnit);
		Page rows = page(filter, scope, page, SCREEN_PAGE_SIZE, true, total);
		if (total == 0) {
			return new Listing(rows, Map.of(), Map.of(), Map.of());
		}
		return new Listing(rows, byField, byUnit, figureSums(filter, scope));
	}

	public Listing list(Actor actor, ExemplarFilter filter) {
		return list(actor, filter, 1);
	}

	/** One row of the export: only the columns the sheet writes, and the figures. */
	public record Line(long id, String name, ExemplarKind kind, Long unitId, String fieldCode, ExemplarStatus status,
			RecognitionLevel level, boolean typical, LocalDate startsOn, LocalDate recognisedOn,
			Map<String, BigDecimal> figures) {
	}

	/**
	 * Hands every match to {@code each}, {@code size} at a time, in the filter's order. One query streams the
	 * columns the sheet writes (no entities, no stage entries) and each batch's figures are one query on their
	 * ids, so an export of twenty thousand rows reads the register once and never holds it all.
	 */
	public void forEachLine(Actor actor, ExemplarFilter filter, int size, Consumer<List<Line>> each) {
		Set<Long> scope = scope(actor, filter.unitId());
		if (scope != null && scope.isEmpty()) {
			return;
		}
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
		Root<Exemplar> root = q.from(Exemplar.class);
		q.multiselect(root.get("id"), root.get("name"), root.get("kind"), root.get("unitId"), root.get("fieldCode"),
				root.get("status"), root.get("recognitionLevel"), root.get("typical"), root.get("startsOn"),
				root.get("recognisedOn"))
			.where(where(cb, q, root, filter, scope))
			.orderBy(order(cb, root, filter.sort()));
		List<Object[]> batch = new ArrayList<>(size);
		try (var rows = em.createQuery(q).setHint("org.hibernate.fetchSize", size).getResultStream()) {
			rows.forEach(row -> {
				batch.add(row);
				if (batch.size() == size) {
					each.accept(lines(batch));
					batch.clear();
				}
			});
		}
		if (!batch.isEmpty()) {
			each.accept(lines(batch));
		}
	}

	private List<Line> lines(List<Object[]> rows) {
		List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
		Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
		List<Object[]> found = em.createQuery("select e.id, key(f), value(f) from Exemplar e join e.figures f"
				+ " where e.id in :ids", Object[].class).setParameter("ids", ids).getResultList();
		for (Object[] f : found) {
			figures.computeIfAbsent((Long) f[0], id -> new HashMap<>()).put((String) f[1], (BigDecimal) f[2]);
		}
		List<Line> lines = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			lines.add(new Line((Long) r[0], (String) r[1], (ExemplarKind) r[2], (Long) r[3], (String) r[4],
					(ExemplarStatus) r[5], (RecognitionLevel) r[6], (Boolean) r[7], (LocalDate) r[8], (LocalDate) r[9],
					figures.getOrDefault((Long) r[0], Map.of())));
		}
		return lines;
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
	private Page page(ExemplarFilter filter, Set<Long> scope, int page, int size, boolean clamp, long total) {
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

	/**
	 * Fills the totals by field and by unit (most first, then by key) from one query grouped by both, and returns
	 * their sum: how many exemplars match.
	 */
	private long totals(ExemplarFilter filter, Set<Long> scope, Map<String, Long> byField, Map<Long, Long> byUnit) {
		if (scope != null && scope.isEmpty()) {
			return 0;
		}
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
		Root<Exemplar> root = q.from(Exemplar.class);
		var field = root.<String>get("fieldCode");
		var unit = root.<Long>get("unitId");
		q.multiselect(field, unit, cb.count(root)).where(where(cb, q, root, filter, scope)).groupBy(field, unit);
		Map<String, Long> fields = new HashMap<>();
		Map<Long, Long> units = new HashMap<>();
		long total = 0;
		for (Object[] row : em.createQuery(q).getResultList()) {
			long n = ((Number) row[2]).longValue();
			fields.merge((String) row[0], n, Long::sum);
			units.merge((Long) row[1], n, Long::sum);
			total += n;
		}
		mostFirst(fields, byField);
		mostFirst(units, byUnit);
		return total;
	}

	private static <K extends Comparable<K>> void mostFirst(Map<K, Long> totals, Map<K, Long> into) {
		totals.entrySet().stream()
			.sorted(Map.Entry.<K, Long>comparingByValue().reversed()
				.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))))
			.forEach(e -> into.put(e.getKey(), e.getValue()));
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
