package danvan.commendation.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import danvan.org.Gender;
import danvan.platform.security.Access;
import danvan.platform.security.Role;
import danvan.platform.web.DomainException;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.appraisal.QualityRating;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;
import danvan.commendation.eligibility.RuleAdmin;
import danvan.commendation.eligibility.RuleDraft;
import danvan.commendation.eligibility.RuleKind;

/** The administrator's page of an award's eligibility rules: every rule with its dates, a new one, an ending. */
@Controller
class RuleAdminController {

	static final String RULES = "/commendation/admin/rules";

	private final CatalogService catalog;

	private final RuleAdmin admin;

	private final Flash flash;

	private final java.time.Clock clock;

	RuleAdminController(CatalogService catalog, RuleAdmin admin, Flash flash, java.time.Clock clock) {
		this.clock = clock;
		this.catalog = catalog;
		this.admin = admin;
		this.flash = flash;
	}

	@Access(roles = Role.ADMIN)
	@GetMapping(RULES)
	String rules(@RequestParam(required = false) String award, Model model) {
		AwardType chosen = catalog.findAwardType(award).orElse(catalog.awardTypes().get(0));
		model.addAttribute("awards", catalog.awardTypes());
		model.addAttribute("award", chosen);
		model.addAttribute("rules", catalog.rulesOf(chosen));
		model.addAttribute("kinds", RuleKind.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("ratings", QualityRating.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "commendation/admin-rules";
	}

	@Access(roles = Role.ADMIN)
	@PostMapping(RULES)
	String add(@RequestParam(required = false) String award, @RequestParam(required = false) RuleKind kind,
			@RequestParam(required = false) Gender gender, @RequestParam(required = false) Integer years,
			@RequestParam(required = false) String requiredAwardCode, @RequestParam(required = false) Integer windowYears,
			@RequestParam(required = false) Integer minCount, @RequestParam(defaultValue = "false") boolean consecutive,
			@RequestParam(required = false) Integer percent, @RequestParam(required = false) QualityRating requiredRating,
			@RequestParam(defaultValue = "false") boolean warningOnly, @RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
			Model model, RedirectAttributes redirect) {
		try {
			admin.add(award, new RuleDraft(kind, gender, years, requiredAwardCode, windowYears, minCount, consecutive,
					percent, requiredRating, warningOnly, legalBasis, note, effectiveFrom, effectiveTo));
			flash.add(redirect, "commendation.ruleAdmin.added");
			return back(award);
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
			return rules(award, model);
		}
	}

	@Access(roles = Role.ADMIN)
	@PostMapping(RULES + "/{id}/end")
	String end(@PathVariable Long id, @RequestParam(required = false) String award,
			@RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
			RedirectAttributes redirect) {
		try {
			admin.end(id, version, effectiveTo);
			flash.add(redirect, "commendation.ruleAdmin.ended");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			redirect.addFlashAttribute("errorRule", id);
		}
		return back(award);
	}

	private static String back(String award) {
		return "redirect:" + UriComponentsBuilder.fromPath(RULES).queryParamIfPresent("award",
				java.util.Optional.ofNullable(award).filter(a -> !a.isBlank())).encode().build().toUriString();
	}

}
