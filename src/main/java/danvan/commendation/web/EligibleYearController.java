package danvan.commendation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.Audience;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.catalog.CatalogService;
import danvan.commendation.eligibility.EligibleThisYear;

/** "Eligible this year": who becomes eligible for an award in a year, per unit, with the reasons. */
@Controller
class EligibleYearController {

	private static final String DEFAULT_AWARD = "KNC_DV";

	private final EligibleThisYear eligible;

	private final CatalogService catalog;

	private final PickLists picks;

	private final Flash flash;

	private final Clock clock;

	EligibleYearController(EligibleThisYear eligible, CatalogService catalog, PickLists picks, Flash flash, Clock clock) {
		this.eligible = eligible;
		this.catalog = catalog;
		this.picks = picks;
		this.flash = flash;
		this.clock = clock;
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation/eligibility/year")
	String page(@RequestParam(required = false) String award, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String year, Model model) {
		Actor actor = CurrentActor.require();
		List<PickLists.Option> units = picks.units(actor);
		String code = award == null || award.isBlank() ? DEFAULT_AWARD : award;
		Long scope = unit != null ? unit : units.isEmpty() ? null : units.get(0).id();
		model.addAttribute("awards", catalog.awardTypes());
		model.addAttribute("units", units);
		model.addAttribute("award", code);
		model.addAttribute("unit", scope);
		model.addAttribute("year", year == null ? String.valueOf(LocalDate.now(clock).getYear()) : year);
		model.addAttribute("rows", List.of());
		if (scope == null || award == null) {
			return "commendation/eligible-year"; // a subtree is checked only when asked, not on opening the page
		}
		try {
			int y = year == null ? LocalDate.now(clock).getYear() : parseYear(year);
			var rows = eligible.list(actor, code, scope, y);
			model.addAttribute("rows", rows);
			model.addAttribute("fresh", rows.stream().filter(EligibleThisYear.Row::fresh).count());
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
		}
		return "commendation/eligible-year";
	}

	private static int parseYear(String year) {
		if (!year.strip().matches("\\d{4}")) {
			throw RuleViolationException.onField("year", "commendation.eligibleYear.yearInvalid");
		}
		return Integer.parseInt(year.strip());
	}

}
