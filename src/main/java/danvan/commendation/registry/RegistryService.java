package danvan.commendation.registry;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;
import danvan.platform.text.Folding;

import danvan.commendation.CommendationAccess;
import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.CatalogService;

/** The registry of every award: by official, by unit, or searched without diacritics. */
@Service
@Transactional(readOnly = true)
public class RegistryService {

	private static final int PAGE = 200;

	private final CommendationRepository registry;

	private final CatalogService catalog;

	private final CommendationAccess access;

	private final danvan.org.OrgDirectory org;

	RegistryService(CommendationRepository registry, CatalogService catalog, CommendationAccess access,
			danvan.org.OrgDirectory org) {
		this.org = org;
		this.registry = registry;
		this.catalog = catalog;
		this.access = access;
	}

	/** The registry rows {@code actor} may read: those of units its grants cover (through mergers). */
	public List<Commendation> visibleTo(Actor actor, List<Commendation> rows) {
		return rows.stream().filter(c -> access.covers(actor, c.getUnitId())).toList();
	}

	/** Awards granted to the unit's subtree (predecessors included) in the period: the rows a figure counts. */
	public List<Commendation> grantedWithin(Long unitId, java.time.LocalDate from, java.time.LocalDate to) {
		java.util.Map<Long, Boolean> within = new java.util.HashMap<>();
		return registry.grantedBetween(from, to).stream()
			.filter(c -> c.getUnitId() != null && within.computeIfAbsent(c.getUnitId(), u -> org.isWithin(u, unitId)))
			.toList();
	}

	public List<Commendation> ofOfficial(Long officialId) {
		return registry.findByOfficialIdOrderByAwardedOnDesc(officialId);
	}

	public List<Commendation> ofUnit(Long unitId) {
		return registry.findByUnitIdOrderByAwardedOnDesc(unitId).stream()
			.filter(c -> c.getRecipientKind() != RecipientKind.INDIVIDUAL).toList();
	}

	/** "tran van thang" finds "Trần Văn Thắng"; every word must appear (name, unit, award or number). */
	public List<Commendation> search(String query) {
		List<String> words = Folding.words(query, 6);
		if (words.isEmpty()) {
			return registry.latest(PageRequest.of(0, PAGE));
		}
		String[] like = new String[6];
		for (int i = 0; i < like.length; i++) {
			like[i] = i < words.size() ? "%" + words.get(i).replace("%", "").replace("_", "") + "%" : "%";
		}
		return registry.searchAll(like[0], like[1], like[2], like[3], like[4], like[5], PageRequest.of(0, PAGE));
	}

	public String awardName(Long awardTypeId) {
		return catalog.awardType(awardTypeId).getName();
	}

}
