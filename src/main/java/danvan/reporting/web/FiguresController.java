package danvan.reporting.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.org.UnitPicker;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.security.PathAccess;
import danvan.platform.web.RuleViolationException;
import danvan.reporting.figures.IndicatorFigures;

/**
 * Figures by unit and period: every indicator the modules count, for the chosen unit's subtree (its
 * predecessors through mergers included), each linked to the list of records it counts.
 */
@Controller
class FiguresController {

	private final IndicatorFigures figures;

	private final UnitPicker units;

	private final MessageSource messages;

	private final Clock clock;

	private final PathAccess paths;

	FiguresController(IndicatorFigures figures, UnitPicker units, MessageSource messages, Clock clock,
			PathAccess paths) {
		this.paths = paths;
		this.figures = figures;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/reporting/figures")
	String figures(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		ChosenUnitPeriod choice = ChosenUnitPeriod.of(unit, from, to, actor, clock);
		Long chosen = choice.unit();
		LocalDate start = choice.from();
		LocalDate end = choice.to();
		choice.fillForm(model, actor, units, messages, locale);
		List<IndicatorFigures.Line> lines = List.of();
		if (chosen != null) {
			try {
				lines = figures.read(actor, chosen, start, end);
			}
			catch (RuleViolationException e) {
				model.addAttribute("errorField", e.field());
				model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), locale));
			}
		}
		model.addAttribute("lines", lines.stream()
			.map(l -> new Shown(l, paths.mayOpen(actor, l.recordsPath()) ? l.recordsPath() : null))
			.toList());
		return "reporting/figures";
	}

	/** A figure as this reader sees it: the link to its records only when the reader may open them. */
	record Shown(IndicatorFigures.Line line, String link) {
	}

}
