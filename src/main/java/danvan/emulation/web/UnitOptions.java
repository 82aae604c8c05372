package danvan.emulation.web;

import java.util.List;

import org.springframework.stereotype.Component;

import danvan.emulation.EmulationAccess;
import danvan.org.OrgUnitService;
import danvan.platform.security.Actor;

/** The units an actor may pick in emulation forms, indented by depth. */
@Component
class UnitOptions {

	public record Option(Long id, String label) {

		public Long getId() {
			return id;
		}

		public String getLabel() {
			return label;
		}

	}

	private final OrgUnitService units;

	private final EmulationAccess access;

	UnitOptions(OrgUnitService units, EmulationAccess access) {
		this.units = units;
		this.access = access;
	}

	List<Option> managedBy(Actor actor) {
		return units.tree(actor)
			.stream()
			.filter(n -> n.unit().isActive() && access.canManage(actor, n.unit().getId()))
			.map(n -> new Option(n.unit().getId(), "— ".repeat(n.depth()) + n.unit().getName()))
			.toList();
	}

}
