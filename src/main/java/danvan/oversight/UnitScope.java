package danvan.oversight;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.org.UnitNode;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** The ids of a unit's subtree, its predecessors through mergers included, as the organisation reads them. */
@Component
public class UnitScope {

	/** Reads exactly the subtree of one unit. */
	private record Within(Long unitId) implements Actor {

		@Override
		public String username() {
			return "";
		}

		@Override
		public String displayName() {
			return "";
		}

		@Override
		public Long homeUnitId() {
			return unitId;
		}

		@Override
		public List<Grant> grants() {
			return List.of(new Grant(Role.UNIT_OFFICER, unitId));
		}

	}

	private final OrgUnitService units;

	UnitScope(OrgUnitService units) {
		this.units = units;
	}

	/**
	 * The units a body inspects or directs. A board or commission sits at its committee's level and works for it
	 * (Ban Tuyên giáo và Dân vận Tỉnh ủy inspects the province's communes, not only its own sub-units), so its reach
	 * is its parent's subtree; a committee or any body a level below its parent reaches its own subtree.
	 */
	public Set<Long> reach(Long bodyUnitId) {
		OrgUnit body = units.get(new Within(bodyUnitId), bodyUnitId);
		OrgUnit parent = body.getParent();
		boolean organOfParent = parent != null && parent.getLevel() != null && body.getLevel() != null
				&& parent.getLevel().getId().equals(body.getLevel().getId());
		return subtree(organOfParent ? parent.getId() : bodyUnitId);
	}

	public Set<Long> subtree(Long unitId) {
		return units.tree(new Within(unitId))
			.stream()
			.filter(UnitNode::readable)
			.map(n -> n.unit().getId())
			.collect(Collectors.toSet());
	}

}
