package danvan.oversight.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.org.OrgUnitService;
import danvan.oversight.OversightAccess;
import danvan.platform.security.Actor;

/** The units and officials offered in the oversight forms: only those within the actor's own scope. */
@Component
class Choices {

	public record Option(Long id, String label) {

		public Long getId() {
			return id;
		}

		public String getLabel() {
			return label;
		}

	}

	private final OrgUnitService units;

	private final OrgDirectory org;

	private final OversightAccess access;

	Choices(OrgUnitService units, OrgDirectory org, OversightAccess access) {
		this.units = units;
		this.org = org;
		this.access = access;
	}

	/** Active units the actor handles, indented by depth. */
	List<Option> units(Actor actor) {
		return units.tree(actor)
			.stream()
			.filter(n -> n.unit().isActive() && access.canHandle(actor, n.unit().getId()))
			.map(n -> new Option(n.unit().getId(), "— ".repeat(n.depth()) + n.unit().getName()))
			.toList();
	}

	/** Active officials of the units the actor handles, with their unit. */
	List<Option> officials(Actor actor) {
		List<Option> out = new ArrayList<>();
		for (Option unit : units(actor)) {
			String name = unit.label().replace("— ", "");
			org.officialsIn(unit.id()).forEach(o -> out.add(new Option(o.id(), o.fullName() + " (" + name + ")")));
		}
		return out;
	}

}
