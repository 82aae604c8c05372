package danvan.dialogue;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.dialogue.petition.Petition;

/**
 * Who may see and handle dialogues and petitions: any grant over a unit reads its records; the board and the
 * unit's officers handle them, and only those who handle a petition see the petitioner's personal data.
 */
@Component
public class DialogueAccess {

	static final List<Role> HANDLERS = List.of(Role.ADMIN, Role.BOARD_OFFICER, Role.UNIT_OFFICER);

	private final OrgDirectory org;

	DialogueAccess(OrgDirectory org) {
		this.org = org;
	}

	public boolean canRead(Actor actor, Long unitId) {
		return unitId != null && actor.grants().stream().anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	public boolean canHandle(Actor actor, Long unitId) {
		return unitId != null && actor.grantsFor(HANDLERS)
			.stream()
			.anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	/** The receiving unit's officers and the board above it, or those of the body it was forwarded to. */
	public boolean handles(Actor actor, Petition petition) {
		return canHandle(actor, petition.getUnitId())
				|| (petition.getForwardedToUnitId() != null && canHandle(actor, petition.getForwardedToUnitId()));
	}

	public boolean reads(Actor actor, Petition petition) {
		return canRead(actor, petition.getUnitId())
				|| (petition.getForwardedToUnitId() != null && canRead(actor, petition.getForwardedToUnitId()));
	}

	public void requireHandle(Actor actor, Long unitId) {
		if (!canHandle(actor, unitId)) {
			throw new AccessDeniedException("dialogue: not a handler of unit " + unitId);
		}
	}

	public void requireRead(Actor actor, Long unitId) {
		if (!canRead(actor, unitId)) {
			throw new AccessDeniedException("dialogue: unit " + unitId + " outside scope");
		}
	}

}
