package danvan.org;

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

}
