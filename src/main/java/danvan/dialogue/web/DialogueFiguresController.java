package danvan.dialogue.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.dialogue.figures.DialogueFigures;
import danvan.platform.figures.Figure;
import danvan.dialogue.DialogueAccess;
import danvan.org.UnitPicker;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** The module's figures for a unit and period, in tables, each figure linked to the records it counts. */
@Controller
class DialogueFiguresController {

	private final DialogueFigures figures;

	private final UnitPicker units;

	private final DialogueAccess access;

	private final Flash flash;

	DialogueFiguresController(DialogueFigures figures, UnitPicker units, DialogueAccess access, Flash flash) {
		this.figures = figures;
		this.units = units;
		this.access = access;
		this.flash = flash;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/dialogue/figures")
	String page(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Actor actor = CurrentActor.require();
		Long chosen = unit != null ? unit : units.defaultFor(actor);
		LocalDate today = figures.today();
		LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
		LocalDate end = to != null ? to : today;
		List<Figure> list = List.of();
		if (chosen != null) {
			try {
				list = figures.forReader(actor, chosen, start, end);
			}
			catch (RuleViolationException e) {
				model.addAttribute("problem", flash.text(e.messageKey(), e.arguments()));
			}
		}
		model.addAttribute("unitOptions", units.activeFor(actor, access::canRead));
		model.addAttribute("unit", chosen);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("figures", list);
		model.addAttribute("indicators", figures.indicators());
		return "dialogue/figures";
	}

}
