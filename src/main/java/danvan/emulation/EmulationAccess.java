package danvan.emulation;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;

/**
 * Who may do what in emulation, decided on the server from the actor's scoped grants: the board manages
 * movements of units it covers, a unit officer acts only for units within its grant, and a reviewer never
 * reviews its own unit.
 */
@Component
public class EmulationAccess {

	static final List<Role> MANAGERS = List.of(Role.ADMIN, Role.BOARD_OFFICER);

	static final List<Role> REVIEWERS = List.of(Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER);

	private final OrgDirectory org;

	EmulationAccess(OrgDirectory org) {
		this.org = org;
	}

	public boolean canManage(Actor actor, Long unitId) {
		return covers(actor, MANAGERS, unitId);
	}

	public boolean canActFor(Actor actor, Long unitId) {
		return covers(actor, List.of(Role.UNIT_OFFICER), unitId);
	}

	public boolean canReviewScope(Actor actor, Long unitId) {
		return holdsReviewerRoleOver(actor, unitId) && !isOwnUnit(actor, unitId);
	}

	public boolean holdsReviewerRoleOver(Actor actor, Long unitId) {
		return covers(actor, REVIEWERS, unitId);
	}

	/** The actor's home unit is the unit itself or one of its parents. */
	public boolean isOwnUnit(Actor actor, Long unitId) {
		Long home = actor.homeUnitId();
		return home != null && (home.equals(unitId) || org.isWithin(unitId, home));
	}

	public void requireManage(Actor actor, Long unitId) {
		if (!canManage(actor, unitId)) {
			throw new AccessDeniedException("emulation: not a manager of unit " + unitId);
		}
	}

	public void requireActFor(Actor actor, Long unitId) {
		if (!canActFor(actor, unitId)) {
			throw new AccessDeniedException("emulation: not an officer of unit " + unitId);
		}
	}

	private boolean covers(Actor actor, List<Role> roles, Long unitId) {
		return unitId != null && actor.grantsFor(roles)
			.stream()
			.anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

}
