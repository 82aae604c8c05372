package danvan.commendation.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import danvan.org.OfficialService;
import danvan.org.OrgUnitService;
import danvan.platform.security.Actor;

/** The units and officials a form offers, within the actor's scope. */
@Component
class PickLists {

	record Option(Long id, String label) {
	}

	private final OrgUnitService units;

	private final OfficialService officials;

	PickLists(OrgUnitService units, OfficialService officials) {
		this.units = units;
		this.officials = officials;
	}

	List<Option> units(Actor actor) {
		return units.tree(actor).stream().filter(n -> n.readable() && n.unit().isActive())
			.map(n -> new Option(n.unit().getId(), "\u00a0\u00a0".repeat(n.depth()) + n.unit().getName()))
			.toList();
	}

	List<Option> officials(Actor actor, String query) {
		return officials.search(actor, query, null, PageRequest.of(0, 300)).stream()
			.filter(o -> o.isActive())
			.map(o -> new Option(o.getId(), o.getFullName() + " — " + o.getUnit().getName()))
			.toList();
	}

}
