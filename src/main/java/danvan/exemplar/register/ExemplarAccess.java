package danvan.exemplar.register;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;

/**
 * Who may see and change exemplars: any grant over a unit reads them; the unit's officers and the board above it
 * register and move them along; recognition above commune level is the board's.
 */
@Component
public class ExemplarAccess {

	static final List<Role> HANDLERS = List.of(Role.ADMIN, Role.BOARD_OFFICER, Role.UNIT_OFFICER);

	static final List<Role> BOARD = List.of(Role.ADMIN, Role.BOARD_OFFICER);

	private final OrgDirectory org;

	ExemplarAccess(OrgDirectory org) {
		this.org = org;
	}

	public boolean canRead(Actor actor, Long unitId) {
		return unitId != null && actor.grants().stream().anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	public boolean canHandle(Actor actor, Long unitId) {
		return covers(actor, HANDLERS, unitId);
	}

	public boolean isBoardOver(Actor actor, Long unitId) {
		return covers(actor, BOARD, unitId);
	}

	private boolean covers(Actor actor, List<Role> roles, Long unitId) {
		return unitId != null && actor.grantsFor(roles)
			.stream()
			.anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	public void requireHandle(Actor actor, Long unitId) {
		if (!canHandle(actor, unitId)) {
			throw new AccessDeniedException("exemplar: not a handler of unit " + unitId);
		}
	}

	public void requireRead(Actor actor, Long unitId) {
		if (!canRead(actor, unitId)) {
			throw new AccessDeniedException("exemplar: unit " + unitId + " outside scope");
		}
	}

	public void requireBoard(Actor actor, Long unitId) {
		if (!isBoardOver(actor, unitId)) {
			throw new AccessDeniedException("exemplar: not the board over unit " + unitId);
		}
	}

}
