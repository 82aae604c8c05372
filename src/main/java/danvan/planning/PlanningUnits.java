package danvan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgUnit;
import danvan.org.UnitNode;
import danvan.org.UnitPicker;

/**
 * The organisation tree as planning's roll-ups need it: parents, kinds and lifetimes, read once per request from
 * {@link UnitPicker#wholeTree()} (a target's figures sum over every unit it is split to).
 */
@Component
public class PlanningUnits {

	public record Unit(Long id, Long parentId, String code, String name, String kindCode, int depth, boolean active,
			LocalDate establishedOn, LocalDate endedOn) {

		public boolean existsOn(LocalDate day) {
			return (establishedOn == null || !day.isBefore(establishedOn)) && (endedOn == null ? active : day.isBefore(endedOn));
		}

		public Long getId() {
			return id;
		}

		public String getName() {
			return name;
		}

		public String getLabel() {
			return "— ".repeat(depth) + name;
		}

	}

	/** The tree snapshot: units by id, children by parent. */
	public record Tree(Map<Long, Unit> units, Map<Long, List<Long>> children) {

		public Unit unit(Long id) {
			return units.get(id);
		}

		public List<Long> childrenOf(Long id) {
			return children.getOrDefault(id, List.of());
		}

		/** True when {@code id} is {@code ancestor} or below it. */
		public boolean within(Long id, Long ancestor) {
			for (Unit u = units.get(id); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
				if (u.id().equals(ancestor)) {
					return true;
				}
			}
			return false;
		}

	}

	private final UnitPicker picker;

	PlanningUnits(UnitPicker picker) {
		this.picker = picker;
	}

	@Transactional(readOnly = true)
	public Tree tree() {
		Map<Long, Unit> byId = new HashMap<>();
		Map<Long, List<Long>> children = new HashMap<>();
		List<Unit> ordered = new ArrayList<>();
		for (UnitNode node : picker.wholeTree()) {
			OrgUnit u = node.unit();
			Long parent = u.getParent() == null ? null : u.getParent().getId();
			Unit unit = new Unit(u.getId(), parent, u.getCode(), u.getName(), u.getKind().getCode(), node.depth(),
					u.isActive(), u.getEstablishedOn(), u.getEndedOn());
			byId.put(unit.id(), unit);
			ordered.add(unit);
			if (parent != null) {
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit.id());
			}
		}
		return new Tree(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(orderedMap(ordered))), children);
	}

	private static Map<Long, Unit> orderedMap(List<Unit> ordered) {
		Map<Long, Unit> map = new java.util.LinkedHashMap<>();
		ordered.forEach(u -> map.put(u.id(), u));
		return map;
	}

}
