package danvan.reporting.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.org.OrgDirectory;
import danvan.org.UnitPicker;
import danvan.platform.charts.Chart;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.RuleViolationException;
import danvan.reporting.dashboard.ReportingDashboard;
import danvan.reporting.figures.IndicatorFigures;

/** The dashboard of the board or of a unit: the current quarter at a glance, as charts over their tables. */
@Controller
class ReportingDashboardController {

	private final ReportingDashboard dashboard;

	private final UnitPicker units;

	private final OrgDirectory org;

	private final MessageSource messages;

	private final Clock clock;

	ReportingDashboardController(ReportingDashboard dashboard, UnitPicker units, OrgDirectory org,
			MessageSource messages, Clock clock) {
		this.dashboard = dashboard;
		this.units = units;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/reporting/dashboard")
	String dashboard(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		ChosenUnitPeriod choice = ChosenUnitPeriod.of(unit, from, to, actor, clock);
		Long chosen = choice.unit();
		LocalDate start = choice.from();
		LocalDate end = choice.to();
		choice.fillForm(model, actor, units, messages, locale);
		model.addAttribute("unitName", chosen == null ? "" : org.nameOf(chosen).orElse(""));
		List<Chart> charts = List.of();
		if (chosen != null) {
			if (!org.reaches(actor, chosen)) {
				throw new AccessDeniedException("reporting: dashboard of unit " + chosen + " outside the actor's grants");
			}
			try {
				IndicatorFigures.requirePeriod(start, end);
				charts = dashboard.charts(actor, chosen, start, end, locale);
			}
			catch (RuleViolationException e) {
				model.addAttribute("errorField", e.field());
				model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), locale));
			}
		}
		model.addAttribute("charts", charts);
		return "reporting/dashboard";
	}

}
