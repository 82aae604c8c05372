package danvan.commendation.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.security.Access;
import danvan.platform.security.Role;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.catalog.CatalogService;
import danvan.commendation.catalog.CommendationIssuerAdmin;
import danvan.commendation.catalog.Issuer;

/** The board administrator's screens for the catalogue data the law changes: issuers' names and places. */
@Controller
class CommendationAdminController {

	static final String ISSUERS = "/commendation/admin/issuers";

	private final CatalogService catalog;

	private final CommendationIssuerAdmin admin;

	private final Flash flash;

	private final java.time.Clock clock;

	CommendationAdminController(CatalogService catalog, CommendationIssuerAdmin admin, Flash flash, java.time.Clock clock) {
		this.clock = clock;
		this.catalog = catalog;
		this.admin = admin;
		this.flash = flash;
	}

	@Access(roles = Role.ADMIN)
	@GetMapping(ISSUERS)
	String issuers(Model model) {
		model.addAttribute("issuers", catalog.issuers().stream()
			.sorted(java.util.Comparator.comparing(Issuer::getId)).toList());
		model.addAttribute("today", LocalDate.now(clock));
		return "commendation/admin-issuers";
	}

	@Access(roles = Role.ADMIN)
	@PostMapping(ISSUERS + "/rename")
	String rename(@RequestParam(required = false) Long issuer, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String parentName,
			@RequestParam(required = false) String abbreviation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) String legalBasis, Model model, RedirectAttributes redirect) {
		try {
			Issuer saved = admin.rename(issuer, version, name, parentName, abbreviation, validFrom, legalBasis);
			flash.add(redirect, "commendation.admin.issuer.renamed", saved.getAbbreviation());
			return "redirect:" + ISSUERS;
		}
		catch (RuleViolationException e) {
			return refused(e, issuer, model);
		}
	}

	@Access(roles = Role.ADMIN)
	@PostMapping(ISSUERS + "/place")
	String place(@RequestParam(required = false) Long issuer, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String place, Model model, RedirectAttributes redirect) {
		try {
			Issuer saved = admin.movePlace(issuer, version, place);
			flash.add(redirect, "commendation.admin.issuer.placeMoved", saved.getAbbreviation());
			return "redirect:" + ISSUERS;
		}
		catch (RuleViolationException e) {
			return refused(e, issuer, model);
		}
	}

	private String refused(RuleViolationException e, Long issuer, Model model) {
		model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
		model.addAttribute("errorField", e.field());
		model.addAttribute("errorIssuer", issuer);
		return issuers(model);
	}

}
