package danvan.org;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.UnitTree;
import danvan.platform.web.UnitNames;

/** What other modules may ask of the organisation: units and officials by id, and subtree membership. */
@Service
@Transactional(readOnly = true)
public class OrgDirectory implements UnitNames, UnitTree {

	private final OrgUnitRepository units;

	private final OfficialRepository officials;

	OrgDirectory(OrgUnitRepository units, OfficialRepository officials) {
		this.units = units;
		this.officials = officials;
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

	/** The active officials of a unit (its own, not its subtree's), for quotas. */
	public long headcount(Long unitId) {
		return officials.findByUnitIdAndActiveTrueOrderByFullName(unitId).size();
	}

	@Override
	public boolean exists(Long unitId) {
		return unitId != null && units.existsById(unitId);
	}

	/** True when {@code unitId} is {@code ancestorId} or one of its descendants. */
	@Override
	public boolean isWithin(Long unitId, Long ancestorId) {
		Optional<OrgUnit> unit = units.findById(unitId);
		Optional<OrgUnit> ancestor = units.findById(ancestorId);
		return unit.isPresent() && ancestor.isPresent() && unit.get().isWithin(ancestor.get());
	}

	@Override
	public Optional<String> nameOf(Long unitId) {
		return unit(unitId).map(UnitRef::name);
	}

	public record UnitRef(Long id, String code, String name, boolean active) {

		static UnitRef of(OrgUnit unit) {
			return new UnitRef(unit.getId(), unit.getCode(), unit.getName(), unit.isActive());
		}

	}

	public record OfficialRef(Long id, String fullName, Long unitId) {
	}

	public record OfficialFacts(Long id, String fullName, Gender gender, Long unitId, String unitName,
			String position, boolean active, ServiceLength massMobilization) {
	}

}
