package danvan.reporting.web;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import danvan.org.OfficialService;
import danvan.org.OrgUnitService;
import danvan.org.UnitNode;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;

/** The home dashboard: what the signed-in person is responsible for, and where to go next. */
@Controller
class HomeController {

	private final OrgUnitService units;

	private final OfficialService officials;

	HomeController(OrgUnitService units, OfficialService officials) {
		this.units = units;
		this.officials = officials;
	}

	@GetMapping("/dashboard")
	String home(Model model) {
		Actor actor = CurrentActor.require();
		List<UnitNode> tree = units.tree(actor);
		model.addAttribute("actor", actor);
		model.addAttribute("unitCount", tree.stream().filter(n -> n.readable() && n.unit().isActive()).count());
		model.addAttribute("officialCount", officials.search(actor, null, null, Pageable.ofSize(1)).getTotalElements());
		return "reporting/home";
	}

}
