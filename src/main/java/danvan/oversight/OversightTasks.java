package danvan.oversight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.inspection.RecommendationService;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.platform.web.DashboardTasks;

/**
 * On the home page of an officer: recommendations addressed to their units that are past due, those their units
 * reported done and the inspecting body (theirs) must accept, and directives their units have not yet reported
 * disseminating. A global grant has no units of its own and sees the board's lists instead.
 */
@Component
class OversightTasks implements DashboardTasks {

	private static final Set<Role> OFFICERS = Set.of(Role.BOARD_OFFICER, Role.UNIT_OFFICER);

	private final RecommendationService recommendations;

	private final DirectiveService directives;

	private final OrgDirectory org;

	OversightTasks(RecommendationService recommendations, DirectiveService directives, OrgDirectory org) {
		this.recommendations = recommendations;
		this.directives = directives;
		this.org = org;
	}

	@Override
	public List<Task> tasksFor(Actor actor) {
		Set<Long> units = new HashSet<>();
		for (Grant g : actor.grants()) {
			if (!g.isGlobal() && OFFICERS.contains(g.role())) {
				units.addAll(org.unitIdsWithin(g.scopeUnitId()));
			}
		}
		if (units.isEmpty()) {
			return List.of();
		}
		List<Task> tasks = new ArrayList<>();
		long overdue = recommendations.countOverdueIn(units);
		if (overdue > 0) {
			tasks.add(new Task("oversight.task.overdue", overdue, "", "/oversight/recommendations?status=OVERDUE"));
		}
		long toAccept = recommendations.countAwaitingAcceptanceBy(units);
		if (toAccept > 0) {
			tasks.add(new Task("oversight.task.toAccept", toAccept, "", "/oversight/recommendations?status=REPORTED_DONE"));
		}
		long unreported = directives.countUnreportedIn(units);
		if (unreported > 0) {
			tasks.add(new Task("oversight.task.directives", unreported, "", "/oversight/directives"));
		}
		return tasks;
	}

}
