package danvan.planning.web;

import java.util.List;

import org.springframework.stereotype.Component;

import danvan.planning.PlanningAccess;
import danvan.planning.PlanningUnits;
import danvan.platform.security.Actor;

/** The units offered in planning's forms and filters, indented by depth. */
@Component("planningUnitOptions")
class UnitOptions {

	private final PlanningUnits units;

	private final PlanningAccess access;

	UnitOptions(PlanningUnits units, PlanningAccess access) {
		this.units = units;
		this.access = access;
	}

	/** Active units the actor handles: organisers and owners. */
	List<PlanningUnits.Unit> handled(Actor actor) {
		return units.ordered(actor).stream().filter(u -> u.active() && access.canHandle(actor, u.id())).toList();
	}

	/** Units the actor reads, active or not (2020's communes), for filters. */
	List<PlanningUnits.Unit> readable(Actor actor) {
		return units.ordered(actor);
	}

	/** Every unit, for lead and partner units and invitations. */
	List<PlanningUnits.Unit> all() {
		return List.copyOf(units.tree().units().values());
	}

	boolean canRead(Actor actor, Long unitId) {
		return access.canRead(actor, unitId);
	}

	boolean canHandle(Actor actor, Long unitId) {
		return access.canHandle(actor, unitId);
	}

}
