package danvan.emulation.web;

import java.util.HashMap;
import java.util.Map;

import danvan.emulation.movement.Movement;
import danvan.emulation.movement.Participant;
import danvan.org.OrgDirectory;

/** Participant unit names by id, for the templates. */
final class UnitLabels {

	private UnitLabels() {
	}

	static Map<Long, String> of(OrgDirectory org, Movement movement) {
		Map<Long, String> names = new HashMap<>();
		for (Participant p : movement.getParticipants()) {
			names.put(p.getUnitId(), org.nameOf(p.getUnitId()).orElse("#" + p.getUnitId()));
		}
		return names;
	}

}
