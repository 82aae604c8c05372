package danvan.commendation.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.platform.security.Actor;
import danvan.platform.security.Access;
import danvan.platform.security.Audience;
import danvan.platform.security.CurrentActor;
import danvan.platform.security.Role;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.catalog.CatalogService;
import danvan.commendation.eligibility.Eligibility;
import danvan.commendation.eligibility.EligibilityService;
import danvan.commendation.registry.Commendation;
import danvan.commendation.registry.RegistryService;

/** The award catalogue with its rules and money, the eligibility page, the registry search. */
@Controller
class CatalogController {

	private final CatalogService catalog;

	private final EligibilityService eligibility;

	private final RegistryService registry;

	private final PickLists picks;

	private final danvan.platform.web.Flash flash;

	private final java.time.Clock clock;

	CatalogController(CatalogService catalog, EligibilityService eligibility, RegistryService registry,
			PickLists picks, danvan.platform.web.Flash flash, java.time.Clock clock) {
		this.clock = clock;
		this.flash = flash;
		this.catalog = catalog;
		this.eligibility = eligibility;
		this.registry = registry;
		this.picks = picks;
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation")
	String home() {
		return "redirect:/commendation/nominations";
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation/awards")
	String catalog(Model model) {
		model.addAttribute("awards", catalog.awardTypes());
		model.addAttribute("catalog", catalog);
		model.addAttribute("salaries", catalog.baseSalaries());
		model.addAttribute("issuers", catalog.issuers());
		model.addAttribute("today", LocalDate.now(clock));
		return "commendation/catalog";
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation/eligibility")
	String eligibility(@RequestParam(required = false) String award, @RequestParam(required = false) Long official,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) LocalDate date,
			@RequestParam(defaultValue = "false") boolean deceased, Model model) {
		Actor actor = CurrentActor.require();
		LocalDate asOf = date == null ? LocalDate.now(clock) : date;
		model.addAttribute("awards", catalog.awardTypes());
		model.addAttribute("officials", picks.officials(actor, null));
		model.addAttribute("units", picks.units(actor));
		model.addAttribute("award", award);
		model.addAttribute("official", official);
		model.addAttribute("unit", unit);
		model.addAttribute("date", asOf);
		model.addAttribute("deceased", deceased);
		if (award != null && !award.isBlank() && (official != null || unit != null)) {
			try {
				Eligibility result = official != null ? eligibility.forOfficial(award, official, asOf, deceased)
						: eligibility.forUnit(award, unit, asOf);
				model.addAttribute("result", result);
			}
			catch (RuleViolationException e) {
				model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
			}
		}
		return "commendation/eligibility";
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation/registry")
	String registry(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) java.time.LocalDate from, @RequestParam(required = false) java.time.LocalDate to,
			@RequestParam(required = false) Long official, @RequestParam(required = false) Long recipientUnit,
			Model model) {
		model.addAttribute("q", q);
		List<Commendation> rows = official != null ? registry.ofOfficial(official)
				: recipientUnit != null ? registry.ofUnit(recipientUnit)
				: unit != null && from != null && to != null && !to.isBefore(from)
						? registry.grantedWithin(unit, from, to) : registry.search(q);
		model.addAttribute("rows", registry.visibleTo(CurrentActor.require(), rows));
		model.addAttribute("registry", registry);
		return "commendation/registry";
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : List.of(text.split("\\R"));
	}

}
