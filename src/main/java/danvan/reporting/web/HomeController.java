package danvan.reporting.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import danvan.org.OfficialService;
import danvan.org.OrgDirectory;
import danvan.org.OrgUnitService;
import danvan.org.UnitNode;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.DashboardTasks;

/** The home dashboard: what waits for the signed-in person, what they are responsible for, where to go next. */
@Controller
class HomeController {

	private final OrgUnitService units;

	private final OfficialService officials;

	private final OrgDirectory directory;

	private final List<DashboardTasks> tasks;

	HomeController(OrgUnitService units, OfficialService officials, OrgDirectory directory, List<DashboardTasks> tasks) {
		this.units = units;
		this.officials = officials;
		this.directory = directory;
		this.tasks = tasks;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/dashboard")
	String home(Model model) {
		Actor actor = CurrentActor.require();
		List<UnitNode> tree = units.tree(actor);
		model.addAttribute("actor", actor);
		model.addAttribute("unitCount", tree.stream().filter(n -> n.readable() && n.unit().isActive()).count());
		model.addAttribute("officialCount", officials.search(actor, null, null, Pageable.ofSize(1)).getTotalElements());
		model.addAttribute("grants", actor.grants()
			.stream()
			.map(g -> new GrantLine(g.role().messageKey(),
					g.isGlobal() ? null : directory.nameOf(g.scopeUnitId()).orElse("#" + g.scopeUnitId())))
			.toList());
		model.addAttribute("tasks", tasks.stream().flatMap(t -> t.tasksFor(actor).stream()).toList());
		model.addAttribute("homeUnit", actor.homeUnitId() == null ? null : directory.unit(actor.homeUnitId()).orElse(null));
		return "reporting/home";
	}

	/** A role and the unit it reaches ({@code null}: the whole system), as the dashboard lists them. */
	record GrantLine(String roleKey, String scopeName) {
	}

}
