package danvan.planning.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.PageRequest;
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
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanBoard;
import danvan.planning.plan.PlanExport;
import danvan.planning.plan.PlanService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** Plans: the list with filters, the board of one plan (tree, roll-up, progress), the forms, copies and export. */
@Controller
@RequestMapping("/planning/plans")
class PlanController {

	private final PlanService plans;

	private final PlanBoard boards;

	private final PlanExport export;

	private final UnitOptions units;

	private final OrgDirectory org;

	private final Flash flash;

	PlanController(PlanService plans, PlanBoard boards, PlanExport export, UnitOptions units, OrgDirectory org, Flash flash) {
		this.plans = plans;
		this.boards = boards;
		this.export = export;
		this.units = units;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Plan.Kind kind,
			@RequestParam(required = false) Plan.Status status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.require();
		var paged = plans.page(actor, new PlanService.Filter(unit, kind, status, year, q),
				PageRequest.of(Math.max(0, Math.min(page, 100_000)), MeetingController.PAGE_SIZE));
		model.addAttribute("page", paged);
		model.addAttribute("plans", paged.getContent());
		model.addAttribute("unit", unit);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("q", q);
		model.addAttribute("kinds", Plan.Kind.values());
		model.addAttribute("statuses", Plan.Status.values());
		model.addAttribute("unitOptions", units.readable(actor));
		model.addAttribute("canCreate", !units.handled(actor).isEmpty());
		return "planning/plans/list";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}")
	String board(@PathVariable Long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Long period, Model model) {
		Actor actor = CurrentActor.require();
		PlanBoard.Board board = boards.board(actor, id, unit, period);
		model.addAttribute("board", board);
		model.addAttribute("plan", board.plan());
		model.addAttribute("canHandle", units.canHandle(actor, board.plan().getOwnerUnitId()));
		model.addAttribute("unitOptions", units.readable(actor));
		if (!model.containsAttribute("itemForm")) {
			ItemForm form = new ItemForm();
			form.setKind(danvan.planning.plan.PlanItem.Kind.TARGET);
			form.setAggregation(danvan.planning.plan.PlanItem.Aggregation.SUM);
			form.setWeight(java.math.BigDecimal.ONE);
			model.addAttribute("itemForm", form);
		}
		model.addAttribute("leadOptions", units.all());
		return "planning/plans/board";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String createForm(Model model) {
		PlanForm form = new PlanForm();
		form.setKind(Plan.Kind.ANNUAL);
		return form(model, form, null, "new");
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null, "new");
		}
		try {
			Plan plan = plans.create(CurrentActor.require(), form.getOwnerUnitId(), form.draft());
			flash.add(redirect, "planning.plan.saved");
			return "redirect:/planning/plans/" + plan.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, null, "new");
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		return form(model, PlanForm.of(plans.editable(CurrentActor.require(), id)), id, "edit");
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		plans.editable(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, id, "edit");
		}
		try {
			plans.update(CurrentActor.require(), id, form.getVersion(), form.draft());
			flash.add(redirect, "planning.plan.saved");
			return "redirect:/planning/plans/" + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, id, "edit");
		}
	}

	/** The form of a copy: for the next period by default, or a revision of this plan. */
	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/copy")
	String copyForm(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean revision, Model model) {
		Plan plan = plans.editable(CurrentActor.require(), id);
		PlanForm form = PlanForm.of(plan);
		if (!revision) {
			long months = java.time.temporal.ChronoUnit.MONTHS.between(plan.getPeriodFrom(), plan.getPeriodTo().plusDays(1));
			form.setPeriodFrom(plan.getPeriodTo().plusDays(1));
			form.setPeriodTo(plan.getPeriodTo().plusMonths(Math.max(1, months)));
			form.setDocNumber(null);
			form.setDocDate(null);
		}
		return form(model, form, id, revision ? "revision" : "copy");
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/copy")
	String copy(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean revision,
			@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		plans.editable(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, id, revision ? "revision" : "copy");
		}
		try {
			Plan copy = plans.copy(CurrentActor.require(), id, form.draft(), revision);
			flash.add(redirect, revision ? "planning.plan.revised" : "planning.plan.copied");
			return "redirect:/planning/plans/" + copy.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, id, revision ? "revision" : "copy");
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		plans.withdraw(CurrentActor.require(), id, version);
		flash.add(redirect, "planning.plan.withdrawn");
		return "redirect:/planning/plans";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable Long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Long period, Locale locale) {
		byte[] content = export.workbook(CurrentActor.require(), id, unit, period, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("ke-hoach-" + id + ".xlsx").build().toString())
			.body(content);
	}

	private String form(Model model, PlanForm form, Long id, String mode) {
		model.addAttribute("form", form);
		model.addAttribute("planId", id);
		model.addAttribute("mode", mode);
		model.addAttribute("kinds", Plan.Kind.values());
		model.addAttribute("reportKinds", danvan.planning.plan.PlanDraft.REPORT_KINDS);
		model.addAttribute("unitOptions", units.handled(CurrentActor.require()));
		return "planning/plans/form";
	}

}
