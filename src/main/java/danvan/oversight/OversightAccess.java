package danvan.oversight;

import java.util.Collection;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;

/**
 * Who may see and act: a grant over the body carrying out an inspection (or owning a directive) reads and
 * handles it; a grant over an inspected or addressed unit reads only what concerns that unit and answers for it.
 */
@Component
public class OversightAccess {

	public static final List<Role> HANDLERS = List.of(Role.ADMIN, Role.BOARD_OFFICER, Role.UNIT_OFFICER);

	private final OrgDirectory org;

	OversightAccess(OrgDirectory org) {
		this.org = org;
	}

	public boolean canRead(Actor actor, Long unitId) {
		return unitId != null && actor.grants().stream().anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	public boolean canReadAny(Actor actor, Collection<Long> unitIds) {
		return unitIds.stream().anyMatch(u -> canRead(actor, u));
	}

	public boolean canHandle(Actor actor, Long unitId) {
		return unitId != null && actor.grantsFor(HANDLERS)
			.stream()
			.anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	public void requireHandle(Actor actor, Long unitId) {
		if (!canHandle(actor, unitId)) {
			throw new AccessDeniedException("oversight: not a handler of unit " + unitId);
		}
	}

	public void requireRead(boolean readable) {
		if (!readable) {
			throw new AccessDeniedException("oversight: record outside scope");
		}
	}

}
