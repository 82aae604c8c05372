package danvan.oversight.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgDirectory;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.plan.InspectionPlan;
import danvan.oversight.plan.InspectionPlanService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** The annual programmes of inspection and supervision: planned vs done. */
@Controller
class ProgrammeController {

	private final InspectionPlanService plans;

	private final InspectionService inspections;

	private final Choices choices;

	private final OrgDirectory org;

	private final Flash flash;

	ProgrammeController(InspectionPlanService plans, InspectionService inspections, Choices choices, OrgDirectory org,
			Flash flash) {
		this.plans = plans;
		this.inspections = inspections;
		this.choices = choices;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/oversight/plans")
	String plans(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("plans", plans.visibleTo(actor));
		model.addAttribute("unitOptions", choices.units(actor));
		model.addAttribute("thisYear", inspections.today().getYear());
		return "oversight/plans/list";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping("/oversight/plans")
	String createPlan(@RequestParam(required = false) Long ownerUnitId, @RequestParam(defaultValue = "0") int year,
			@RequestParam(required = false) String title, @RequestParam(required = false) String approvingDocument,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
			RedirectAttributes redirect) {
		try {
			InspectionPlan plan = plans.create(CurrentActor.require(), ownerUnitId, year, Texts.text("title", title, 300),
					Texts.text("approvingDocument", approvingDocument, 200), approvedOn);
			flash.add(redirect, "oversight.plan.saved");
			return "redirect:/oversight/plans/" + plan.getId();
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problemField", e.field());
			redirect.addFlashAttribute("problem", flash.text(e.messageKey(), e.arguments()));
			return "redirect:/oversight/plans";
		}
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/oversight/plans/{id}")
	String plan(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		InspectionPlanService.Progress progress = plans.get(actor, id);
		model.addAttribute("progress", progress);
		model.addAttribute("canPlan", choices.units(actor).stream().anyMatch(o -> o.id().equals(progress.plan().getOwnerUnitId())));
		return "oversight/plans/detail";
	}

}
