package danvan.emulation.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import danvan.emulation.movement.MovementDashboard;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;

/** A movement's charts for the board: milestones, progress through the chain, overdue units, scores, clusters. */
@Controller
class DashboardController {

	private final MovementDashboard dashboard;

	private final Messages messages;

	DashboardController(MovementDashboard dashboard, Messages messages) {
		this.dashboard = dashboard;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = RECORD)
	@GetMapping("/emulation/movements/{id}/dashboard")
	String show(@PathVariable Long id, Model model) {
		Map<String, String> labels = Map.of("notStarted", messages.get("emulation.assessment.none"), "draft",
				messages.get("emulation.assessmentStatus.DRAFT"), "returned",
				messages.get("emulation.assessmentStatus.RETURNED"), "approved",
				messages.get("emulation.assessmentStatus.APPROVED"));
		MovementDashboard.View view = dashboard.of(CurrentActor.require(), id, labels);
		model.addAttribute("view", view);
		model.addAttribute("movement", view.movement());
		return "emulation/dashboard";
	}

}
