package danvan.org;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/**
 * Who may see and change what in the organisation, decided on the server: a grant reaches the subtree of
 * its scope unit and nothing else.
 */
@Component
public class OrgAccess {

	static final List<Role> UNIT_MANAGERS = List.of(Role.ADMIN, Role.BOARD_OFFICER);

	static final List<Role> OFFICIAL_MANAGERS = List.of(Role.ADMIN, Role.BOARD_OFFICER, Role.UNIT_OFFICER);

	private final OrgUnitRepository units;

	private final Lineage lineage;

	OrgAccess(OrgUnitRepository units, Lineage lineage) {
		this.units = units;
		this.lineage = lineage;
	}

	public boolean canRead(Actor actor, OrgUnit unit) {
		return covers(actor.grants(), unit);
	}

	public boolean canManageUnit(Actor actor, OrgUnit unit) {
		return covers(actor.grantsFor(UNIT_MANAGERS), unit);
	}

	public boolean canManageOfficials(Actor actor, OrgUnit unit) {
		return covers(actor.grantsFor(OFFICIAL_MANAGERS), unit);
	}

	/** Only a grant over the whole organisation may add a new root unit. */
	boolean canCreateRoot(Actor actor) {
		return actor.grantsFor(UNIT_MANAGERS).stream().anyMatch(Grant::isGlobal);
	}

	void requireRead(Actor actor, OrgUnit unit) {
		if (!canRead(actor, unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
	}

	void requireManageUnit(Actor actor, OrgUnit unit) {
		if (!canManageUnit(actor, unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
	}

	void requireManageOfficials(Actor actor, OrgUnit unit) {
		if (!canManageOfficials(actor, unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
	}

	/** The path prefixes of the subtrees the actor can read; {@code null} means everything. */
	List<String> readablePaths(Actor actor) {
		if (actor.grants().stream().anyMatch(Grant::isGlobal)) {
			return null;
		}
		return actor.grants()
			.stream()
			.map(Grant::scopeUnitId)
			.distinct()
			.map(id -> units.findById(id).map(OrgUnit::getPath).orElse(null))
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * The ids among {@code all} the actor can read, through mergers (a predecessor's records follow its
	 * successor); {@code null} means everything.
	 */
	java.util.Set<Long> readableIds(Actor actor, Collection<OrgUnit> all) {
		if (actor.grants().stream().anyMatch(Grant::isGlobal)) {
			return null;
		}
		List<Long> scopeIds = actor.grants().stream().map(Grant::scopeUnitId).distinct().toList();
		return Lineage.within(all, all.stream().filter(u -> scopeIds.contains(u.getId())).toList());
	}

	private boolean covers(Collection<Grant> grants, OrgUnit unit) {
		return grants.stream()
			.anyMatch(g -> g.isGlobal()
					|| units.findById(g.scopeUnitId()).map(scope -> lineage.within(unit, scope)).orElse(false));
	}

}
