package danvan.planning.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgDirectory;
import danvan.planning.PlanningAccess;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanBoard;
import danvan.planning.plan.PlanItem;
import danvan.planning.plan.PlanService;
import danvan.planning.plan.ProgressService;
import danvan.planning.plan.ReportingPeriod;
import danvan.planning.plan.TargetSplit;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.FormErrors;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** A plan's items: adding them, a target's table per unit with its trend, the split, and the progress reports. */
@Controller
@RequestMapping("/planning/plans/{id}/items")
class TargetController {

	private final PlanService plans;

	private final PlanBoard boards;

	private final ProgressService progress;

	private final PlanningAccess access;

	private final UnitOptions units;

	private final OrgDirectory org;

	private final Flash flash;

	TargetController(PlanService plans, PlanBoard boards, ProgressService progress, PlanningAccess access,
			UnitOptions units, OrgDirectory org, Flash flash) {
		this.plans = plans;
		this.boards = boards;
		this.progress = progress;
		this.access = access;
		this.units = units;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult result,
			RedirectAttributes redirect) {
		plans.editable(CurrentActor.require(), id);
		if (!result.hasErrors()) {
			try {
				PlanItem item = plans.addItem(CurrentActor.require(), id, form.draft());
				flash.add(redirect, PlanService.belowBaseline(item) ? "planning.target.belowBaseline" : "planning.item.saved");
				return "redirect:/planning/plans/" + id + (item.isTarget() ? "/items/" + item.getId() : "");
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		redirect.addFlashAttribute("org.springframework.validation.BindingResult.itemForm", result);
		redirect.addFlashAttribute("itemForm", form);
		return "redirect:/planning/plans/" + id + "#new-item";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{itemId}")
	String target(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Long period, Model model) {
		Actor actor = CurrentActor.require();
		PlanItem item = itemOf(actor, id, itemId);
		Plan plan = plans.get(actor, id);
		model.addAttribute("plan", plan);
		model.addAttribute("item", item);
		model.addAttribute("belowBaseline", PlanService.belowBaseline(item));
		if (item.isTarget()) {
			List<ReportingPeriod> periods = boards.periodsOf(plan, plan.getReportEvery());
			ReportingPeriod chosen = chosen(periods, period, boards.board(actor, id, unit, null).period());
			model.addAttribute("periods", periods);
			model.addAttribute("period", chosen);
			model.addAttribute("rows", chosen == null ? List.of() : boards.perUnit(actor, itemId, unit, chosen.getId()));
			model.addAttribute("trend", boards.trend(actor, itemId, unit));
			List<TargetSplit> splits = plans.splitsOf(List.of(item));
			model.addAttribute("splits", splits);
			model.addAttribute("reportable", splits.stream().filter(s -> access.canHandle(actor, s.getUnitId())).toList());
			model.addAttribute("splitOptions", units.all());
		}
		model.addAttribute("canHandle", access.canHandle(actor, plan.getOwnerUnitId()));
		model.addAttribute("canReportTask", access.canHandle(actor, plan.getOwnerUnitId())
				|| (item.getLeadUnitId() != null && access.canHandle(actor, item.getLeadUnitId())));
		if (!model.containsAttribute("progressForm")) {
			ProgressForm form = new ProgressForm();
			form.setPeriodId(chosen(boards.periodsOf(plan, plan.getReportEvery()), period, null) == null ? null
					: chosen(boards.periodsOf(plan, plan.getReportEvery()), period, null).getId());
			model.addAttribute("progressForm", form);
		}
		return "planning/plans/target";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{itemId}/splits")
	String split(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) BigDecimal targetValue, RedirectAttributes redirect) {
		itemOf(CurrentActor.require(), id, itemId);
		try {
			plans.split(CurrentActor.require(), itemId, unitId, targetValue);
			flash.add(redirect, "planning.split.saved");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("splitProblem", flash.text(e.messageKey(), e.arguments()));
		}
		return "redirect:/planning/plans/" + id + "/items/" + itemId;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{itemId}/progress")
	String report(@PathVariable Long id, @PathVariable Long itemId, @Valid @ModelAttribute("progressForm") ProgressForm form,
			BindingResult result, RedirectAttributes redirect) {
		itemOf(CurrentActor.require(), id, itemId);
		if (!result.hasErrors()) {
			try {
				progress.report(CurrentActor.require(), itemId, form.getUnitId(), form.getPeriodId(), form.getAchieved(),
						form.getNote(), form.getEvidence());
				flash.add(redirect, "planning.progress.saved");
				return "redirect:/planning/plans/" + id + "/items/" + itemId + "?period=" + form.getPeriodId();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		form.setEvidence(null);
		redirect.addFlashAttribute("org.springframework.validation.BindingResult.progressForm", result);
		redirect.addFlashAttribute("progressForm", form);
		return "redirect:/planning/plans/" + id + "/items/" + itemId + "#report";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{itemId}/task")
	String task(@PathVariable Long id, @PathVariable Long itemId, @RequestParam long version,
			@RequestParam(required = false) Integer percent, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		itemOf(CurrentActor.require(), id, itemId);
		try {
			plans.reportTask(CurrentActor.require(), itemId, version, percent, note);
			flash.add(redirect, "planning.task.saved");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("taskProblem", flash.text(e.messageKey(), e.arguments()));
		}
		return "redirect:/planning/plans/" + id + "/items/" + itemId;
	}

	private PlanItem itemOf(Actor actor, Long planId, Long itemId) {
		PlanItem item = plans.item(actor, itemId);
		if (!item.getPlanId().equals(planId)) {
			throw NotFoundException.record();
		}
		return item;
	}

	private static ReportingPeriod chosen(List<ReportingPeriod> periods, Long wanted, ReportingPeriod fallback) {
		return periods.stream().filter(p -> p.getId().equals(wanted)).findFirst().orElse(fallback);
	}

}
