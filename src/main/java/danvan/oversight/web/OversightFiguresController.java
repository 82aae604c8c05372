package danvan.oversight.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.oversight.OversightFigures;
import danvan.platform.figures.Figure;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;

/** The module's figures for a unit and a period, each linked to the list of the records it counts. */
@Controller
class OversightFiguresController {

	private final OversightFigures figures;

	private final FigureScope scope;

	private final Choices choices;

	OversightFiguresController(OversightFigures figures, FigureScope scope, Choices choices) {
		this.figures = figures;
		this.scope = scope;
		this.choices = choices;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/oversight/figures")
	String figures(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Actor actor = CurrentActor.require();
		FigureScope.Query query = scope.query(actor, unit, from, to);
		List<Figure> counted = figures.figures(query.query());
		model.addAttribute("figures", counted);
		model.addAttribute("indicators", figures.indicators());
		model.addAttribute("query", query.query());
		model.addAttribute("unitOptions", query.options());
		return "oversight/figures";
	}

}
