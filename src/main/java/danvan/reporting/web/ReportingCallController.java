package danvan.reporting.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgDirectory;
import danvan.org.UnitPicker;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;
import danvan.reporting.calendar.ReportingCalendar;
import danvan.reporting.figures.IndicatorFigures;
import danvan.reporting.calendar.ReportingCall;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportService;

/** The reporting calendar: the calls, a new call, who has and has not reported, and starting a report from a call. */
@Controller
class ReportingCallController {

	private final ReportingCalendar calendar;

	private final ReportService reports;

	private final UnitPicker units;

	private final OrgDirectory org;

	private final MessageSource messages;

	private final Flash flash;

	private final IndicatorFigures indicators;

	ReportingCallController(ReportingCalendar calendar, ReportService reports, UnitPicker units, OrgDirectory org,
			MessageSource messages, Flash flash, IndicatorFigures indicators) {
		this.indicators = indicators;
		this.calendar = calendar;
		this.reports = reports;
		this.units = units;
		this.org = org;
		this.messages = messages;
		this.flash = flash;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/reporting/calls")
	String list(Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		model.addAttribute("calls", calendar.visibleTo(actor));
		model.addAttribute("names", org);
		model.addAttribute("kinds", reports.kinds());
		model.addAttribute("units", units.readableBy(actor, messages.getMessage("reporting.figures.ended", null, locale)));
		model.addAttribute("canCreate", actor.hasRole(ADMIN) || actor.hasRole(BOARD_OFFICER));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "reporting/calls";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@PostMapping("/reporting/calls")
	String create(@RequestParam(required = false) String kind, @RequestParam(required = false) Long board,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String periodLabel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) Integer remindDaysBefore, @RequestParam(required = false) String note,
			@RequestParam(name = "units", required = false) List<Long> unitIds, Model model, Locale locale,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			ReportingCall call = calendar.create(actor, new ReportingCalendar.NewCall(kind, board, from, to, periodLabel,
					deadline, remindDaysBefore, note, unitIds));
			flash.add(redirect, "reporting.calendar.created");
			return "redirect:/reporting/calls/" + call.getId();
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), locale));
			Map<String, Object> form = new LinkedHashMap<>();
			form.put("kind", kind == null ? "" : kind);
			form.put("board", board == null ? -1L : board);
			form.put("from", from == null ? "" : from.toString());
			form.put("to", to == null ? "" : to.toString());
			form.put("periodLabel", periodLabel == null ? "" : periodLabel);
			form.put("deadline", deadline == null ? "" : deadline.toString());
			form.put("remindDaysBefore", remindDaysBefore == null ? 3 : remindDaysBefore);
			form.put("note", note == null ? "" : note);
			form.put("units", unitIds == null ? List.of() : unitIds);
			model.addAttribute("form", form);
			return list(model, locale);
		}
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/reporting/calls/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		ReportingCall call = calendar.get(actor, id);
		List<ReportingCalendar.Answer> answers = calendar.answers(actor, call);
		model.addAttribute("call", call);
		model.addAttribute("answers", answers);
		model.addAttribute("boardName", org.nameOf(call.getBoardUnitId()).orElse(""));
		model.addAttribute("kindName", reports.kinds().stream().filter(k -> k.getCode().equals(call.getKindCode()))
			.map(k -> k.getName()).findFirst().orElse(call.getKindCode()));
		model.addAttribute("isBoard", calendar.isBoard(actor, call));
		model.addAttribute("mayStart", answers.stream()
			.collect(java.util.stream.Collectors.toMap(ReportingCalendar.Answer::unitId, a -> calendar.mayStart(actor, a.unitId()))));
		model.addAttribute("submittedCount", answers.stream().filter(ReportingCalendar.Answer::submitted).count());
		model.addAttribute("lateCount", answers.stream().filter(ReportingCalendar.Answer::late).count());
		return "reporting/call";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/reporting/calls/{id}/side-by-side")
	String sideBySide(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		ReportingCall call = calendar.get(actor, id);
		List<ReportingCalendar.Answer> sent = calendar.answers(actor, call)
			.stream()
			.filter(a -> a.report() != null && a.submitted())
			.toList();
		model.addAttribute("call", call);
		model.addAttribute("columns", sent.stream().map(a -> reports.get(actor, a.report().getId())).toList());
		model.addAttribute("names", org);
		model.addAttribute("indicatorNames", indicators.catalogue()
			.stream()
			.collect(java.util.stream.Collectors.toMap(i -> i.code(), i -> i.nameKey())));
		return "reporting/side-by-side";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/reporting/calls/{id}/units/{unitId}/report")
	String start(@PathVariable Long id, @PathVariable Long unitId, RedirectAttributes redirect, Locale locale) {
		try {
			Report report = calendar.startReport(CurrentActor.require(), id, unitId);
			flash.add(redirect, "reporting.report.created");
			return "redirect:/reporting/reports/" + report.getId();
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "redirect:/reporting/calls/" + id;
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/reporting/calls/{id}/board-report")
	String boardReport(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
		try {
			Report report = calendar.startBoardReport(CurrentActor.require(), id);
			flash.add(redirect, "reporting.report.created");
			return "redirect:/reporting/reports/" + report.getId();
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), locale));
			return "redirect:/reporting/calls/" + id;
		}
	}

}
