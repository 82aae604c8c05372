package danvan.planning;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;

/**
 * Who sees and handles plans and meetings: any grant over a unit reads its records; the board and the unit's
 * officers handle them, each only within its subtree (a unit reports only its own progress).
 */
@Component
public class PlanningAccess {

	public static final List<Role> HANDLERS = List.of(Role.ADMIN, Role.BOARD_OFFICER, Role.UNIT_OFFICER);

	private final OrgDirectory org;

	PlanningAccess(OrgDirectory org) {
		this.org = org;
	}

	public boolean canRead(Actor actor, Long unitId) {
		return unitId != null
				&& actor.grants().stream().anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	public boolean canHandle(Actor actor, Long unitId) {
		return unitId != null && actor.grantsFor(HANDLERS)
			.stream()
			.anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	public void requireRead(Actor actor, Long unitId) {
		if (!canRead(actor, unitId)) {
			throw new AccessDeniedException("planning: unit " + unitId + " outside scope");
		}
	}

	public void requireHandle(Actor actor, Long unitId) {
		if (!canHandle(actor, unitId)) {
			throw new AccessDeniedException("planning: not a handler of unit " + unitId);
		}
	}

}
