package danvan.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;
import danvan.platform.text.Folding;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Browsing and changing the organisation tree. */
@Service
@Transactional
public class OrgUnitService {

	private final OrgUnitRepository units;

	private final OrgUnitKindRepository kinds;

	private final OrgLevelRepository levels;

	private final OfficialRepository officials;

	private final OrgAccess access;

	OrgUnitService(OrgUnitRepository units, OrgUnitKindRepository kinds, OrgLevelRepository levels,
			OfficialRepository officials, OrgAccess access) {
		this.units = units;
		this.kinds = kinds;
		this.levels = levels;
		this.officials = officials;
		this.access = access;
	}

	/**
	 * The tree in display order. Units the actor cannot read are left out, except the ancestors of readable
	 * ones, which show where they sit.
	 */
	@Transactional(readOnly = true)
	public List<UnitNode> tree(Actor actor) {
		List<OrgUnit> all = sorted();
		Set<Long> readable = access.readableIds(actor, all);
		if (readable == null) {
			return all.stream().map(u -> new UnitNode(u, u.depth(), true)).toList();
		}
		List<String> readablePaths = all.stream().filter(u -> readable.contains(u.getId())).map(OrgUnit::getPath).toList();
		return all.stream()
			.filter(u -> readable.contains(u.getId()) || readablePaths.stream().anyMatch(p -> p.startsWith(u.getPath())))
			.map(u -> new UnitNode(u, u.depth(), readable.contains(u.getId())))
			.toList();
	}

	/** Every unit in display order, whoever asks: for {@link UnitPicker#wholeTree()}. */
	@Transactional(readOnly = true)
	List<UnitNode> everyUnit() {
		return sorted().stream().map(u -> new UnitNode(u, u.depth(), true)).toList();
	}

	private List<OrgUnit> sorted() {
		List<OrgUnit> all = TreeOrder.sort(units.findAll());
		// every unit is loaded already: the successors resolve without a query, for pages drawn after the transaction
		all.stream().map(OrgUnit::getMergedInto).filter(Objects::nonNull).forEach(org.hibernate.Hibernate::initialize);
		return all;
	}

	/**
	 * The tree as it stood on {@code day}: the units that existed then, each shown as it was (a unit ended
	 * later reads as active on that day).
	 */
	@Transactional(readOnly = true)
	public List<UnitNode> treeOn(Actor actor, LocalDate day) {
		List<UnitNode> nodes = tree(actor);
		// a unit stands on a day only under parents that stood too (a unit added today under the new province
		// does not appear in 2020)
		Set<String> missing = nodes.stream()
			.filter(n -> !n.unit().existsOn(day))
			.map(n -> n.unit().getPath())
			.collect(java.util.stream.Collectors.toSet());
		return nodes.stream()
			.filter(n -> n.unit().existsOn(day) && missing.stream().noneMatch(p -> n.unit().getPath().startsWith(p)))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<OrgUnit> search(Actor actor, String query) {
		List<String> words = Folding.words(query, 8);
		if (words.isEmpty()) {
			return List.of();
		}
		List<OrgUnit> found = units.findBySearchNameLike("%" + words.get(0) + "%")
			.stream()
			.filter(u -> words.stream().allMatch(w -> Folding.fold(u.getName()).contains(w)))
			.toList();
		Set<Long> readable = found.isEmpty() ? Set.of() : access.readableIds(actor, units.findAll());
		return found.stream()
			.filter(u -> readable == null || readable.contains(u.getId()))
			.limit(100)
			.toList();
	}

	@Transactional(readOnly = true)
	public OrgUnit get(Actor actor, Long id) {
		OrgUnit unit = units.findWithLinksById(id).orElseThrow(() -> new NotFoundException("org.unit.notFound"));
		access.requireRead(actor, unit);
		return unit;
	}

	@Transactional(readOnly = true)
	public List<OrgUnit> children(Long id) {
		return units.findByParentIdOrderByName(id);
	}

	@Transactional(readOnly = true)
	public List<OrgUnit> mergedInto(Long id) {
		return units.findByMergedIntoIdOrderByName(id);
	}

	@Transactional(readOnly = true)
	public List<OrgUnitKind> kinds() {
		return kinds.findAllByOrderBySortOrderAscNameAsc();
	}

	@Transactional(readOnly = true)
	public List<OrgLevel> levels() {
		return levels.findAllByOrderByRank();
	}

	/** Units under which the actor may place a unit: the ones they manage. */
	@Transactional(readOnly = true)
	public List<UnitNode> possibleParents(Actor actor) {
		return tree(actor).stream()
			.filter(n -> n.unit().isActive() && access.canManageUnit(actor, n.unit()))
			.toList();
	}

	/** Active units where the actor may record officials. */
	@Transactional(readOnly = true)
	public List<UnitNode> unitsForOfficials(Actor actor) {
		return tree(actor).stream()
			.filter(n -> n.unit().isActive() && access.canManageOfficials(actor, n.unit()))
			.toList();
	}

	public boolean canCreateRoot(Actor actor) {
		return access.canCreateRoot(actor);
	}

	public OrgUnit create(Actor actor, UnitDraft draft) {
		String code = normalisedCode(draft.code());
		if (units.existsByCodeIgnoreCase(code)) {
			throw RuleViolationException.onField("code", "org.unit.codeTaken", code);
		}
		OrgUnit parent = parentFor(actor, draft.parentId());
		OrgUnit unit = new OrgUnit(code, draft.name().trim(), kind(draft.kindId()), level(draft.levelId()));
		unit.describe(code, draft.name().trim(), kind(draft.kindId()), level(draft.levelId()), draft.address(),
				draft.phone(), draft.email());
		units.save(unit);
		unit.placeUnder(parent);
		return unit;
	}

	public OrgUnit update(Actor actor, Long id, long version, UnitDraft draft) {
		OrgUnit unit = get(actor, id);
		access.requireManageUnit(actor, unit);
		StaleRecordException.check(version, unit.getVersion());
		String code = normalisedCode(draft.code());
		if (units.existsByCodeIgnoreCaseAndIdNot(code, id)) {
			throw RuleViolationException.onField("code", "org.unit.codeTaken", code);
		}
		Long currentParentId = unit.getParent() == null ? null : unit.getParent().getId();
		if (!Objects.equals(currentParentId, draft.parentId())) {
			move(actor, unit, draft.parentId());
		}
		unit.describe(code, draft.name().trim(), kind(draft.kindId()), level(draft.levelId()), draft.address(),
				draft.phone(), draft.email());
		return unit;
	}

	/** Sáp nhập: the unit stops being active and points at the unit it merged into; its officials move there. */
	public OrgUnit merge(Actor actor, Long id, long version, Long targetId, LocalDate effectiveOn) {
		return merge(actor, id, version, targetId, effectiveOn, null);
	}

	/** Sáp nhập with its legal basis (the resolution or decision, with its number and date). */
	public OrgUnit merge(Actor actor, Long id, long version, Long targetId, LocalDate effectiveOn, String basis) {
		String legalBasis = basis == null || basis.isBlank() ? null : basis.trim();
		if (legalBasis != null && legalBasis.length() > 500) {
			throw RuleViolationException.onField("basis", "org.merge.basisTooLong");
		}
		OrgUnit unit = get(actor, id);
		access.requireManageUnit(actor, unit);
		StaleRecordException.check(version, unit.getVersion());
		if (!unit.isActive()) {
			throw new RuleViolationException("org.unit.alreadyInactive");
		}
		if (units.existsByParentIdAndActiveTrue(id)) {
			throw new RuleViolationException("org.unit.hasActiveChildren");
		}
		if (effectiveOn == null) {
			throw RuleViolationException.onField("effectiveOn", "org.merge.dateRequired");
		}
		OrgUnit target = units.findById(targetId == null ? -1 : targetId)
			.orElseThrow(() -> RuleViolationException.onField("targetId", "org.unit.unknown"));
		access.requireManageUnit(actor, target);
		unit.mergeInto(target, effectiveOn, legalBasis);
		officials.findByUnitIdAndActiveTrueOrderByFullName(id).forEach(o -> o.moveTo(target));
		return unit;
	}

	public OrgUnit deactivate(Actor actor, Long id, long version) {
		OrgUnit unit = get(actor, id);
		access.requireManageUnit(actor, unit);
		StaleRecordException.check(version, unit.getVersion());
		if (units.existsByParentIdAndActiveTrue(id)) {
			throw new RuleViolationException("org.unit.hasActiveChildren");
		}
		unit.deactivate();
		return unit;
	}

	public OrgUnit reactivate(Actor actor, Long id, long version) {
		OrgUnit unit = get(actor, id);
		access.requireManageUnit(actor, unit);
		StaleRecordException.check(version, unit.getVersion());
		if (unit.getParent() != null && !unit.getParent().isActive()) {
			throw new RuleViolationException("org.unit.parentInactive");
		}
		unit.reactivate();
		return unit;
	}

	private void move(Actor actor, OrgUnit unit, Long newParentId) {
		OrgUnit newParent = parentFor(actor, newParentId);
		String oldPath = unit.getPath();
		unit.placeUnder(newParent);
		String newPath = unit.getPath();
		units.findByPathStartingWith(oldPath)
			.stream()
			.filter(u -> u != unit)
			.forEach(u -> u.rebase(oldPath, newPath));
	}

	private OrgUnit parentFor(Actor actor, Long parentId) {
		if (parentId == null) {
			if (!access.canCreateRoot(actor)) {
				throw RuleViolationException.onField("parentId", "org.unit.parentRequired");
			}
			return null;
		}
		OrgUnit parent = units.findById(parentId)
			.orElseThrow(() -> RuleViolationException.onField("parentId", "org.unit.unknown"));
		if (!parent.isActive()) {
			throw RuleViolationException.onField("parentId", "org.unit.parentInactive");
		}
		access.requireManageUnit(actor, parent);
		return parent;
	}

	private OrgUnitKind kind(Long id) {
		return kinds.findById(id == null ? -1 : id)
			.orElseThrow(() -> RuleViolationException.onField("kindId", "org.unit.kindUnknown"));
	}

	private OrgLevel level(Long id) {
		return levels.findById(id == null ? -1 : id)
			.orElseThrow(() -> RuleViolationException.onField("levelId", "org.unit.levelUnknown"));
	}

	private static String normalisedCode(String code) {
		return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
	}

}
