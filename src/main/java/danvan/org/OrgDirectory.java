package danvan.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;
import danvan.platform.security.UnitTree;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.UnitNames;

/** What other modules may ask of the organisation: units and officials by id, and subtree membership. */
@Service
@Transactional(readOnly = true)
public class OrgDirectory implements UnitNames, UnitTree {


	private final OrgUnitRepository units;

	private final OfficialRepository officials;

	private final Lineage lineage;

	OrgDirectory(OrgUnitRepository units, OfficialRepository officials, Lineage lineage) {
		this.units = units;
		this.officials = officials;
		this.lineage = lineage;
	}

	public Optional<UnitRef> unit(Long id) {
		return id == null ? Optional.empty() : units.findById(id).map(UnitRef::of);
	}

	/** The unit directly above {@code id}; none for a root or an unknown unit. */
	public Optional<UnitRef> parentOf(Long id) {
		return id == null ? Optional.empty()
				: units.findById(id).map(OrgUnit::getParent).map(UnitRef::of);
	}

	public Optional<UnitRef> unitByCode(String code) {
		return units.findByCodeIgnoreCase(code).map(UnitRef::of);
	}

	public Optional<OfficialRef> official(Long id) {
		return id == null ? Optional.empty()
				: officials.findById(id).map(o -> new OfficialRef(o.getId(), o.getFullName(), o.getUnit().getId()));
	}

	/**
	 * What award rules need to know of an official on {@code asOf}: gender, current unit and position, and the
	 * months of mass-mobilization service counted to that day.
	 */
	public Optional<OfficialFacts> facts(Long id, LocalDate asOf) {
		return id == null ? Optional.empty()
				: officials.findById(id).map(o -> new OfficialFacts(o.getId(), o.getFullName(), o.getGender(),
						o.getUnit().getId(), o.getUnit().getName(), o.getPosition(), o.isActive(),
						o.massMobilizationService(asOf)));
	}

	/** The active officials of a unit (its own, not its subtree's). */
	public java.util.List<OfficialRef> officialsIn(Long unitId) {
		return officials.findByUnitIdAndActiveTrueOrderByFullName(unitId).stream()
			.map(o -> new OfficialRef(o.getId(), o.getFullName(), unitId))
			.toList();
	}

	/** The officials who served in a unit on a day (its own, not its subtree's), though they may have moved on. */
	public java.util.List<OfficialRef> officialsIn(Long unitId, java.time.LocalDate on) {
		return officials.servingIn(unitId, on).stream()
			.map(o -> new OfficialRef(o.getId(), o.getFullName(), unitId))
			.toList();
	}

	/** The active officials of a unit (its own, not its subtree's), for quotas. */
	public long headcount(Long unitId) {
		return officials.findByUnitIdAndActiveTrueOrderByFullName(unitId).size();
	}

	@Override
	public boolean exists(Long unitId) {
		return unitId != null && units.existsById(unitId);
	}

	/**
	 * True when {@code unitId} is {@code ancestorId} or one of its descendants, reading through mergers: a
	 * unit that merged into a unit of that subtree (or lies under one that did) is within it, so the successor's
	 * officers see its predecessors' records.
	 */
	@Override
	public boolean isWithin(Long unitId, Long ancestorId) {
		if (unitId == null || ancestorId == null) {
			return false;
		}
		Optional<OrgUnit> unit = units.findById(unitId);
		Optional<OrgUnit> ancestor = units.findById(ancestorId);
		return unit.isPresent() && ancestor.isPresent() && lineage.within(unit.get(), ancestor.get());
	}

	/** True when one of the actor's grants reaches {@code unitId} (through mergers) or is system-wide. */
	@Transactional(readOnly = true)
	public boolean reaches(Actor actor, Long unitId) {
		return unitId != null && exists(unitId)
				&& actor.grants().stream().anyMatch(g -> g.isGlobal() || isWithin(unitId, g.scopeUnitId()));
	}

	/**
	 * Every unit within {@code scopeId}'s subtree, reading through mergers (see {@link #isWithin}): the ids a
	 * module counts when it gives figures "for xã Kim Sơn since 2020" (xã Bình Đức's included). Empty for an
	 * unknown unit.
	 */
	@Transactional(readOnly = true)
	public Set<Long> unitIdsWithin(Long scopeId) {
		List<OrgUnit> all = units.findAll();
		List<OrgUnit> scope = all.stream().filter(u -> u.getId().equals(scopeId)).toList();
		return scope.isEmpty() ? Set.of() : Lineage.within(all, scope);
	}

	/**
	 * The units whose records the actor reads, for narrowing a list in the database: {@code null} when a grant is
	 * system-wide (no narrowing), else every unit within the grants' subtrees (through mergers, see
	 * {@link #isWithin}); the unit table is read once.
	 */
	@Transactional(readOnly = true)
	public Set<Long> readableUnits(Actor actor) {
		if (actor.grants().stream().anyMatch(g -> g.isGlobal())) {
			return null;
		}
		List<OrgUnit> all = units.findAll();
		Set<Long> scopes = new java.util.HashSet<>();
		actor.grants().forEach(g -> scopes.add(g.scopeUnitId()));
		List<OrgUnit> granted = all.stream().filter(u -> scopes.contains(u.getId())).toList();
		return granted.isEmpty() ? Set.of() : new java.util.HashSet<>(Lineage.within(all, granted));
	}

	/** The living unit that today stands for {@code unitId}: itself while it lives, else its successors' chain. */
	public Optional<UnitRef> currentSuccessorOf(Long unitId) {
		OrgUnit unit = units.findById(unitId).orElse(null);
		for (int hops = 0; unit != null && hops < 16; hops++) {
			if (unit.isActive()) {
				return Optional.of(UnitRef.of(unit));
			}
			unit = unit.getSuccessor();
		}
		return Optional.empty();
	}

	/** The unit and every unit that merged into it, directly or through a chain, with their own names. */
	public List<UnitRef> withPredecessors(Long unitId) {
		List<UnitRef> found = new ArrayList<>();
		units.findById(unitId).ifPresent(u -> collectPredecessors(u, found, 0));
		return found;
	}

	private void collectPredecessors(OrgUnit unit, List<UnitRef> found, int depth) {
		found.add(UnitRef.of(unit));
		if (depth < 16) {
			units.findByMergedIntoIdOrderByName(unit.getId()).forEach(p -> collectPredecessors(p, found, depth + 1));
		}
	}

	/**
	 * Refuses a new record on a unit that no longer exists on {@code day}, naming its successor: "xã Bình Đức
	 * ended on 01/07/2025; choose xã Kim Sơn, its successor".
	 */
	@Transactional(readOnly = true, noRollbackFor = RuleViolationException.class)
	public void requireOpenOn(Long unitId, LocalDate day, String field) {
		OrgUnit unit = units.findWithLinksById(unitId == null ? -1 : unitId)
			.orElseThrow(() -> RuleViolationException.onField(field, "org.unit.unknown"));
		unit.requireOpenOn(day, field);
	}

	@Override
	public Optional<String> nameOf(Long unitId) {
		return unit(unitId).map(UnitRef::name);
	}

	/** A unit as other modules see it; {@code endedOn} and {@code successorId} are set once it has ended. */
	public record UnitRef(Long id, String code, String name, boolean active, LocalDate endedOn, Long successorId) {

		static UnitRef of(OrgUnit unit) {
			return new UnitRef(unit.getId(), unit.getCode(), unit.getName(), unit.isActive(), unit.getEndedOn(),
					unit.getSuccessor() == null ? null : unit.getSuccessor().getId());
		}

	}

	public record OfficialRef(Long id, String fullName, Long unitId) {
	}

	public record OfficialFacts(Long id, String fullName, Gender gender, Long unitId, String unitName,
			String position, boolean active, ServiceLength massMobilization) {
	}

}
