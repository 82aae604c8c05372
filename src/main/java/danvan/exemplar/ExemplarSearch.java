package danvan.exemplar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;


import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.text.Folding;

/** The register's lists: filtered, sorted, with totals by field and by unit and the sums of the figures. */
@Service
@Transactional(readOnly = true)
public class ExemplarSearch {

	/** One list with its totals. */
	public record Listing(List<Exemplar> rows, Map<String, Long> byField, Map<Long, Long> byUnit,
			Map<String, BigDecimal> figureSums) {

		public int size() {
			return rows.size();
		}

	}

	private final ExemplarRepository exemplars;

	private final ExemplarAccess access;

	private final OrgDirectory org;

	ExemplarSearch(ExemplarRepository exemplars, ExemplarAccess access, OrgDirectory org) {
		this.exemplars = exemplars;
		this.access = access;
		this.org = org;
	}

	public List<Exemplar> find(Actor actor, ExemplarFilter filter) {
		Predicate<Long> readable = UnitScope.memo(u -> access.canRead(actor, u));
		Predicate<Long> inUnit = UnitScope.within(org, filter.unitId());
		List<Exemplar> found = new ArrayList<>(exemplars.findAll(specification(filter))
			.stream()
			.filter(e -> readable.test(e.getUnitId()) && inUnit.test(e.getUnitId()))
			.toList());
		found.sort(order(filter.sort()));
		return found;
	}

	public Listing list(Actor actor, ExemplarFilter filter) {
		List<Exemplar> rows = find(actor, filter);
		Map<String, Long> byField = new LinkedHashMap<>();
		Map<Long, Long> byUnit = new LinkedHashMap<>();
		Map<String, BigDecimal> sums = new TreeMap<>();
		for (Exemplar e : rows) {
			byField.merge(e.getFieldCode(), 1L, Long::sum);
			byUnit.merge(e.getUnitId(), 1L, Long::sum);
			e.getFigures().forEach((code, value) -> sums.merge(code, value, BigDecimal::add));
		}
		return new Listing(rows, byField, byUnit, sums);
	}

	private static Specification<Exemplar> specification(ExemplarFilter f) {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
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
				where.add(cb.between(root.get("registeredOn"), java.time.LocalDate.of(f.year(), 1, 1),
						java.time.LocalDate.of(f.year(), 12, 31)));
			}
			if (f.stage() != null && !f.stage().isBlank()) {
				var stages = root.join("stages");
				where.add(cb.equal(stages.get("stageCode"), f.stage()));
				query.distinct(true);
			}
			return where.isEmpty() ? cb.conjunction()
					: cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	private static Comparator<Exemplar> order(String sort) {
		Comparator<Exemplar> byName = Comparator.comparing(e -> Folding.fold(e.getName()));
		return switch (sort == null ? "" : sort) {
			case "name" -> byName;
			case "unit" -> Comparator.comparing(Exemplar::getUnitId).thenComparing(byName);
			case "recognised" -> Comparator.comparing(Exemplar::getRecognisedOn,
					Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
			default -> Comparator.comparing(Exemplar::getRegisteredOn).reversed().thenComparing(Exemplar::getId,
					Comparator.reverseOrder());
		};
	}

}
