package danvan.commendation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** Who may do what: the board (board officers, administrators) decides; unit officers propose for their unit. */
@Component
public class CommendationAccess {

	private final OrgDirectory org;

	CommendationAccess(OrgDirectory org) {
		this.org = org;
	}

	public boolean isBoard(Actor actor) {
		return actor.hasRole(Role.ADMIN) || actor.hasRole(Role.BOARD_OFFICER);
	}

	public void requireBoard(Actor actor) {
		if (!isBoard(actor)) {
			throw new AccessDeniedException("commendation board only");
		}
	}

	/** True when one of the actor's grants, whatever its role, covers the unit (reading through mergers). */
	public boolean covers(Actor actor, Long unitId) {
		return actor.grants().stream().anyMatch(g -> g.isGlobal() || unitId != null && org.isWithin(unitId, g.scopeUnitId()));
	}

	/** The board, or a unit officer whose scope holds {@code unitId}. */
	public boolean canPropose(Actor actor, Long unitId) {
		if (isBoard(actor)) {
			return true;
		}
		return actor.grants().stream().filter(g -> g.role() == Role.UNIT_OFFICER)
			.anyMatch(g -> g.isGlobal() || unitId != null && org.isWithin(unitId, g.scopeUnitId()));
	}

	public void requirePropose(Actor actor, Long unitId) {
		if (!canPropose(actor, unitId)) {
			throw new AccessDeniedException("not your unit");
		}
	}

	static boolean any(Actor actor, Role role, Long unitId, OrgDirectory org) {
		for (Grant g : actor.grants()) {
			if (g.role() == role && (g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()))) {
				return true;
			}
		}
		return false;
	}

}
