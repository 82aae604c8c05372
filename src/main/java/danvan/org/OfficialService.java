package danvan.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;
import danvan.platform.text.Folding;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Officials: search without diacritics, records, service history. */
@Service
@Transactional
public class OfficialService {

	private final OfficialRepository officials;

	private final OrgUnitRepository units;

	private final OrgAccess access;

	private final Clock clock;

	OfficialService(OfficialRepository officials, OrgUnitRepository units, OrgAccess access, Clock clock) {
		this.officials = officials;
		this.units = units;
		this.access = access;
		this.clock = clock;
	}

	/** Officials the actor may see whose name contains every word of {@code query}, accents ignored. */
	@Transactional(readOnly = true)
	public Page<Official> search(Actor actor, String query, Long unitId, Pageable page) {
		List<String> words = Folding.words(query, 8);
		List<String> readable = access.readablePaths(actor);
		String unitPath = unitId == null ? null : units.findById(unitId).map(OrgUnit::getPath).orElse("/none/");
		Specification<Official> filter = (root, q, cb) -> {
			Join<Official, OrgUnit> unit = root.join("unit");
			List<Predicate> where = new ArrayList<>();
			words.forEach(w -> where.add(cb.like(root.get("searchName"), "%" + escape(w) + "%", '\\')));
			if (readable != null) {
				where.add(cb.or(readable.stream()
					.map(p -> cb.like(unit.get("path"), p + "%"))
					.toArray(Predicate[]::new)));
			}
			if (unitPath != null) {
				where.add(cb.like(unit.get("path"), unitPath + "%"));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return officials.findAll(filter, page);
	}

	@Transactional(readOnly = true)
	public Official get(Actor actor, Long id) {
		Official official = officials.findWithPeriodsById(id)
			.orElseThrow(() -> new NotFoundException("org.official.notFound"));
		access.requireRead(actor, official.getUnit());
		return official;
	}

	public Official create(Actor actor, OfficialDraft draft) {
		OrgUnit unit = unitFor(actor, draft.unitId());
		unit.requireOpenOn(today(), "unitId");
		Official official = new Official(draft.fullName().trim(), draft.gender(), unit);
		describe(official, draft, unit);
		return officials.save(official);
	}

	public Official update(Actor actor, Long id, long version, OfficialDraft draft) {
		Official official = get(actor, id);
		access.requireManageOfficials(actor, official.getUnit());
		StaleRecordException.check(version, official.getVersion());
		describe(official, draft, unitFor(actor, draft.unitId()));
		return official;
	}

	public Official addPeriod(Actor actor, Long id, long version, PeriodDraft draft) {
		Official official = get(actor, id);
		access.requireManageOfficials(actor, official.getUnit());
		StaleRecordException.check(version, official.getVersion());
		if (draft.startDate() == null) {
			throw RuleViolationException.onField("startDate", "org.period.startRequired");
		}
		OrgUnit periodUnit = units.findById(draft.unitId() == null ? -1 : draft.unitId())
			.orElseThrow(() -> RuleViolationException.onField("unitId", "org.unit.unknown"));
		official.addPeriod(periodUnit, draft.position().trim(), draft.startDate(), draft.endDate(),
				draft.massMobilization());
		return official;
	}

	public Official removePeriod(Actor actor, Long id, long version, int index) {
		Official official = get(actor, id);
		access.requireManageOfficials(actor, official.getUnit());
		StaleRecordException.check(version, official.getVersion());
		official.removePeriod(index);
		return official;
	}

	public Official setActive(Actor actor, Long id, long version, boolean active) {
		Official official = get(actor, id);
		access.requireManageOfficials(actor, official.getUnit());
		StaleRecordException.check(version, official.getVersion());
		if (active) {
			official.reactivate();
		}
		else {
			official.deactivate();
		}
		return official;
	}

	@Transactional(readOnly = true)
	public List<Official> inUnit(Long unitId) {
		return officials.findByUnitIdAndActiveTrueOrderByFullName(unitId);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private void describe(Official official, OfficialDraft draft, OrgUnit unit) {
		if (draft.birthDate() != null && !draft.birthDate().isBefore(today())) {
			throw RuleViolationException.onField("birthDate", "org.official.birthDateFuture");
		}
		official.describe(draft.fullName().trim(), draft.gender(), draft.birthDate(), blankToNull(draft.phone()),
				blankToNull(draft.email()), unit, blankToNull(draft.position()));
	}

	private OrgUnit unitFor(Actor actor, Long unitId) {
		OrgUnit unit = units.findById(unitId == null ? -1 : unitId)
			.orElseThrow(() -> RuleViolationException.onField("unitId", "org.unit.unknown"));
		access.requireManageOfficials(actor, unit);
		return unit;
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
