package danvan.org;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * The kinds of unit and the names of levels: data an administrator maintains, because reforms change them
 * (since 1 July 2025 local government has two tiers, province and commune).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class OrgReferenceService {

	private final OrgUnitKindRepository kinds;

	private final OrgLevelRepository levels;

	OrgReferenceService(OrgUnitKindRepository kinds, OrgLevelRepository levels) {
		this.kinds = kinds;
		this.levels = levels;
	}

	@Transactional(readOnly = true)
	public List<OrgUnitKind> kinds() {
		return kinds.findAllByOrderBySortOrderAscNameAsc();
	}

	@Transactional(readOnly = true)
	public List<OrgLevel> levels() {
		return levels.findAllByOrderByRank();
	}

	public OrgUnitKind addKind(String code, String name, int sortOrder) {
		String normalised = code(code);
		if (kinds.findAll().stream().anyMatch(k -> k.getCode().equals(normalised))) {
			throw RuleViolationException.onField("code", "org.reference.codeTaken", normalised);
		}
		return kinds.save(new OrgUnitKind(normalised, name.trim(), sortOrder));
	}

	public void renameKind(Long id, long version, String name, int sortOrder) {
		OrgUnitKind kind = kinds.findById(id).orElseThrow(NotFoundException::record);
		StaleRecordException.check(version, kind.getVersion());
		kind.rename(name.trim(), sortOrder);
	}

	public OrgLevel addLevel(String code, String name, int rank) {
		String normalised = code(code);
		if (levels.findAll().stream().anyMatch(l -> l.getCode().equals(normalised))) {
			throw RuleViolationException.onField("code", "org.reference.codeTaken", normalised);
		}
		return levels.save(new OrgLevel(normalised, name.trim(), rank));
	}

	public void renameLevel(Long id, long version, String name, int rank) {
		OrgLevel level = levels.findById(id).orElseThrow(NotFoundException::record);
		StaleRecordException.check(version, level.getVersion());
		level.rename(name.trim(), rank);
	}

	private static String code(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

}
