package danvan.commendation.web;

import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.DomainException;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.appraisal.AppraisalService;
import danvan.commendation.appraisal.DisciplineForm;
import danvan.commendation.appraisal.QualityRating;

/** An official's yearly ratings and disciplinary actions, as the board records them for eligibility. */
@Controller
@RequestMapping("/commendation/officials/{id}/appraisal")
class AppraisalController {

	private final AppraisalService appraisals;

	private final Flash flash;

	AppraisalController(AppraisalService appraisals, Flash flash) {
		this.appraisals = appraisals;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER })
	@GetMapping
	String page(@PathVariable Long id, Model model) {
		var actor = CurrentActor.require();
		model.addAttribute("official", appraisals.official(actor, id));
		model.addAttribute("ratings", appraisals.ratings(actor, id));
		model.addAttribute("disciplines", appraisals.disciplines(actor, id));
		model.addAttribute("ratingValues", QualityRating.values());
		model.addAttribute("forms", DisciplineForm.values());
		return "commendation/appraisal";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER })
	@PostMapping("/ratings")
	String rate(@PathVariable Long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) QualityRating rating, @RequestParam(required = false) String basis,
			@RequestParam(required = false) String note, @RequestParam(required = false) Long version,
			Model model, RedirectAttributes redirect) {
		return done(model, redirect, id, "commendation.appraisal.rated",
				() -> appraisals.rate(CurrentActor.require(), id, year, rating, basis, note, version));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER })
	@PostMapping("/disciplines")
	String discipline(@PathVariable Long id, @RequestParam(required = false) DisciplineForm form,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return done(model, redirect, id, "commendation.appraisal.disciplined",
				() -> appraisals.discipline(CurrentActor.require(), id, form, decidedOn, decisionNumber, reason));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER })
	@PostMapping("/disciplines/{disciplineId}/annul")
	String annul(@PathVariable Long id, @PathVariable Long disciplineId, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate annulledOn,
			@RequestParam(required = false) String annulReason, Model model, RedirectAttributes redirect) {
		model.addAttribute("errorDiscipline", disciplineId);
		return done(model, redirect, id, "commendation.appraisal.annulled",
				() -> appraisals.annul(CurrentActor.require(), disciplineId, version, annulledOn, annulReason));
	}

	/** Runs the change; a refusal shows the page again with its message and the values entered. */
	private String done(Model model, RedirectAttributes redirect, Long id, String savedKey, Runnable change) {
		try {
			change.run();
			flash.add(redirect, savedKey);
			return "redirect:/commendation/officials/" + id + "/appraisal";
		}
		catch (DomainException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e instanceof RuleViolationException r ? r.field() : null);
			return page(id, model);
		}
	}

}
