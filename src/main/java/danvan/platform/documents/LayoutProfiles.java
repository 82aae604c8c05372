package danvan.platform.documents;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * The layout profiles and which one a document follows: a profile named by code, or the newest enabled profile
 * of its family in force on the document's date (a 2020 Party decision keeps HD 36 after HD 05 is enabled).
 */
@Service
@Transactional(readOnly = true)
public class LayoutProfiles {

	private final LayoutProfileRepository profiles;

	private final java.time.Clock clock;

	LayoutProfiles(LayoutProfileRepository profiles, java.time.Clock clock) {
		this.clock = clock;
		this.profiles = profiles;
	}

	public List<LayoutProfile> all() {
		return profiles.findAll().stream()
			.sorted((a, b) -> a.getFamily() != b.getFamily() ? a.getFamily().compareTo(b.getFamily())
					: b.getEffectiveFrom().compareTo(a.getEffectiveFrom()))
			.toList();
	}

	public LayoutProfile byCode(String code) {
		return profiles.findByCode(code).orElseThrow(NotFoundException::record);
	}

	public LayoutProfile forDocument(DocumentFamily family, LocalDate date) {
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		List<LayoutProfile> candidates = profiles.findByFamilyOrderByEffectiveFromDesc(family);
		return candidates.stream()
			.filter(LayoutProfile::isEnabled)
			.filter(p -> p.inForceOn(day))
			.findFirst()
			.or(() -> candidates.stream().filter(LayoutProfile::isEnabled).reduce((first, second) -> second))
			.orElseThrow(() -> new RuleViolationException("documents.profile.none"));
	}

	/** Switches a profile on or off; the family keeps at least one enabled profile. */
	@Transactional
	public LayoutProfile setEnabled(String code, long version, boolean enabled) {
		LayoutProfile profile = byCode(code);
		if (profile.getVersion() != version) {
			throw new StaleRecordException();
		}
		if (!enabled && profiles.findByFamilyOrderByEffectiveFromDesc(profile.getFamily()).stream()
			.filter(p -> p.isEnabled() && !p.getCode().equals(code)).findAny().isEmpty()) {
			throw new RuleViolationException("documents.profile.lastEnabled");
		}
		profile.enable(enabled);
		return profile;
	}

}
