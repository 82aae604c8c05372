package danvan.oversight.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgDirectory;
import danvan.oversight.CommitteeService;
import danvan.oversight.OversightAccess;
import danvan.oversight.directive.Directive;
import danvan.oversight.directive.DirectiveDraft;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.directive.DisseminationReport;
import danvan.oversight.directive.IssuerLevel;
import danvan.oversight.directive.ReportKind;
import danvan.platform.calendar.DayWindow;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** Directives: the list, the record with its status grid, dissemination and implementation reports. */
@Controller
@RequestMapping("/oversight/directives")
class DirectiveController {

	static final int PAGE_SIZE = 25;

	private final DirectiveService directives;

	private final OversightAccess access;

	private final Choices choices;

	private final OrgDirectory org;

	private final Flash flash;

	private final CommitteeService committees;

	DirectiveController(DirectiveService directives, OversightAccess access, Choices choices, OrgDirectory org,
			Flash flash, CommitteeService committees) {
		this.committees = committees;
		this.directives = directives;
		this.access = access;
		this.choices = choices;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.require();
		DayWindow window = DayWindow.of(year, from, to);
		Pageable asked = PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
		Page<Directive> found = directives.page(actor, unit, window.first(), window.last(), q, asked);
		if (found.getNumber() >= found.getTotalPages() && found.getTotalPages() > 0) {
			found = directives.page(actor, unit, window.first(), window.last(), q,
					PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE));
		}
		model.addAttribute("page", found);
		model.addAttribute("tallies", directives.tallies(actor, found.getContent()));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("unitOptions", choices.units(actor));
		model.addAttribute("unit", unit);
		model.addAttribute("year", year);
		model.addAttribute("q", q);
		model.addAttribute("canCreate", !choices.units(actor).isEmpty());
		model.addAttribute("levels", IssuerLevel.values());
		model.addAttribute("committeeOptions", committees.handledBy(actor));
		model.addAttribute("today", directives.today());
		return "oversight/directives/list";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@RequestParam(required = false) String number, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) IssuerLevel level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) String summary, @RequestParam(required = false) Long ownerUnitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate disseminateBy,
			@RequestParam(required = false) String reportRequirement,
			@RequestParam(required = false) List<Long> unitIds, @RequestParam(required = false) Long committeeId,
			RedirectAttributes redirect) {
		try {
			Set<Long> units = new LinkedHashSet<>(unitIds == null ? List.of() : unitIds);
			Directive d = directives.create(CurrentActor.require(), new DirectiveDraft(Texts.text("number", number, 50),
					Texts.text("issuer", issuer, 300), level, issuedOn, Texts.text("summary", summary, 1000), ownerUnitId,
					disseminateBy, Texts.text("reportRequirement", reportRequirement, 1000), units, committeeId));
			flash.add(redirect, "oversight.directive.saved");
			return "redirect:/oversight/directives/" + d.getId();
		}
		catch (RuleViolationException e) {
			flash.problem(redirect, "create", e);
			return "redirect:/oversight/directives";
		}
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		DirectiveService.Grid grid = directives.grid(actor, id);
		model.addAttribute("grid", grid);
		model.addAttribute("directive", grid.directive());
		model.addAttribute("reports", directives.reports(actor, id));
		model.addAttribute("reportable", grid.rows().stream().map(r -> r.unit().getUnitId())
			.filter(u -> access.canHandle(actor, u)).collect(Collectors.toSet()));
		model.addAttribute("canHandle", directives.handles(actor, grid.directive()));
		committees.named(grid.directive().getCommitteeId()).ifPresent(c -> {
			model.addAttribute("committee", c);
			model.addAttribute("committeeReadable", committees.reads(actor, c));
		});
		model.addAttribute("today", directives.today());
		model.addAttribute("kinds", ReportKind.values());
		return "oversight/directives/detail";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/units/{unitId}/dissemination")
	String disseminate(@PathVariable Long id, @PathVariable Long unitId, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate disseminatedOn,
			@RequestParam(required = false) Integer sessions, @RequestParam(required = false) Integer officials,
			@RequestParam(required = false) Integer partyMembers, @RequestParam(required = false) Integer people,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, "unit-" + unitId, redirect, () -> directives.report(CurrentActor.require(), id, unitId, version,
				new DisseminationReport(disseminatedOn, sessions, officials, partyMembers, people,
						Texts.text("note", note, 1000))));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/reports")
	String report(@PathVariable Long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) ReportKind kind, @RequestParam(required = false) String text,
			@RequestParam(required = false) String figures, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		return act(id, "report", redirect, () -> directives.addReport(CurrentActor.require(), id, unitId, kind,
				Texts.text("text", text, 4000), Texts.text("figures", figures, 1000), file));
	}

	private String act(Long id, String form, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			flash.add(redirect, "oversight.directive.reported");
		}
		catch (RuleViolationException e) {
			flash.problem(redirect, form, e);
		}
		return "redirect:/oversight/directives/" + id;
	}

}
