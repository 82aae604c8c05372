package danvan.planning.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.org.OrgDirectory;
import danvan.planning.PlanningAccess;
import danvan.planning.meeting.MeetingService;
import danvan.planning.meeting.MeetingTask;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.figures.Indicator;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;

/** The conclusion tasks tracked to done, and planning's figures for a unit and period. */
@Controller
class PlanningPagesController {

	public record FigureLine(Indicator indicator, java.math.BigDecimal value, String recordsPath) {
	}

	private final MeetingService meetings;

	private final Figures figures;

	private final PlanningAccess access;

	private final UnitOptions units;

	private final OrgDirectory org;

	PlanningPagesController(MeetingService meetings, Figures figures, PlanningAccess access, UnitOptions units,
			OrgDirectory org) {
		this.meetings = meetings;
		this.figures = figures;
		this.access = access;
		this.units = units;
		this.org = org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/planning/tasks")
	String tasks(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
		Actor actor = CurrentActor.require();
		LocalDate today = meetings.today();
		List<MeetingTask> tasks = meetings.tasksVisibleTo(actor)
			.stream()
			.filter(t -> unit == null || org.isWithin(t.getAssigneeUnitId(), unit))
			.filter(t -> !overdue || t.isOverdue(today))
			.toList();
		model.addAttribute("tasks", tasks);
		model.addAttribute("today", today);
		model.addAttribute("unit", unit);
		model.addAttribute("overdue", overdue);
		model.addAttribute("unitNames", org);
		model.addAttribute("unitOptions", units.readable(actor));
		return "planning/tasks";
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/planning/figures")
	String figures(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Actor actor = CurrentActor.require();
		List<danvan.org.UnitChoice> options = units.readable(actor);
		Long chosen = unit != null && access.canRead(actor, unit) ? unit
				: options.stream().filter(u -> access.canRead(actor, u.id())).map(u -> u.id()).findFirst().orElse(null);
		LocalDate start = from == null ? LocalDate.of(meetings.today().getYear(), 1, 1) : from;
		LocalDate end = to == null || to.isBefore(start) ? LocalDate.of(start.getYear(), 12, 31) : to;
		List<FigureLine> lines = new ArrayList<>();
		if (chosen != null) {
			var values = figures.figures(new FigureQuery(chosen, start, end));
			for (Indicator i : figures.catalogue()) {
				if (i.module().equals("planning")) {
					values.stream().filter(f -> f.code().equals(i.code())).findFirst()
						.ifPresent(f -> lines.add(new FigureLine(i, f.value(), f.recordsPath())));
				}
			}
		}
		model.addAttribute("lines", lines);
		model.addAttribute("unit", chosen);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("unitNames", org);
		model.addAttribute("unitOptions", options);
		return "planning/figures";
	}

}
