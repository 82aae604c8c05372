package danvan.commendation.web;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.commendation.CommendationAccess;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Access;
import danvan.platform.security.Audience;
import danvan.platform.security.CurrentActor;
import danvan.platform.security.Role;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.catalog.CatalogService;
import danvan.commendation.catalog.Issuer;
import danvan.commendation.decision.Decision;
import danvan.commendation.decision.DecisionDraft;
import danvan.commendation.nomination.DossierKind;
import danvan.commendation.nomination.Nomination;
import danvan.commendation.nomination.NominationService;

/** Nominations: the list, a new dossier, the detail page with candidates, files, history and each step. */
@Controller
class NominationController {

	private final NominationService nominations;

	private final CatalogService catalog;

	private final CommendationAccess access;

	private final PickLists picks;

	private final OrgDirectory org;

	private final Flash flash;

	private final java.time.Clock clock;

	NominationController(NominationService nominations, CatalogService catalog, CommendationAccess access,
			PickLists picks, OrgDirectory org, Flash flash, java.time.Clock clock) {
		this.clock = clock;
		this.nominations = nominations;
		this.catalog = catalog;
		this.access = access;
		this.picks = picks;
		this.org = org;
		this.flash = flash;
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation/nominations")
	String list(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("nominations", nominations.list(actor));
		model.addAttribute("catalog", catalog);
		model.addAttribute("org", org);
		model.addAttribute("units", picks.units(actor));
		model.addAttribute("awards", catalog.awardTypes());
		return "commendation/nominations";
	}

	@Access(Audience.SIGNED_IN)
	@PostMapping("/commendation/nominations")
	String create(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String award,
			@RequestParam(required = false) String title, Model model, RedirectAttributes redirect) {
		Nomination created;
		try {
			created = nominations.create(CurrentActor.require(), unitId, award, title, "MANUAL");
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
			return list(model);
		}
		flash.add(redirect, "commendation.nomination.created");
		return "redirect:/commendation/nominations/" + created.getId();
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation/nominations/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Nomination n = nominations.get(actor, id);
		model.addAttribute("n", n);
		model.addAttribute("award", catalog.awardType(n.getAwardTypeId()));
		model.addAttribute("unitName", org.nameOf(n.getProposingUnitId()).orElse(""));
		model.addAttribute("board", access.isBoard(actor));
		model.addAttribute("officials", picks.officials(actor, null));
		model.addAttribute("units", picks.units(actor));
		model.addAttribute("kinds", DossierKind.values());
		model.addAttribute("issuers", catalog.issuers());
		model.addAttribute("today", LocalDate.now(clock));
		return "commendation/nomination";
	}

	@Access(Audience.SIGNED_IN)
	@PostMapping("/commendation/nominations/{id}/candidates")
	String candidate(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) Long officialId,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String achievement,
			@RequestParam(defaultValue = "false") boolean deceased, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "commendation.nomination.candidateAdded", () -> nominations
			.addCandidate(CurrentActor.require(), id, version, officialId, unitId, achievement, deceased));
	}

	@Access(Audience.SIGNED_IN)
	@PostMapping("/commendation/nominations/{id}/files")
	String file(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) DossierKind kind,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "commendation.nomination.fileAdded",
				() -> nominations.addFile(CurrentActor.require(), id, version, kind, file));
	}

	@Access(Audience.SIGNED_IN)
	@PostMapping("/commendation/nominations/{id}/step")
	String step(@PathVariable Long id, @RequestParam long version, @RequestParam String action,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return act(id, model, redirect, "commendation.nomination.step." + action, () -> switch (action) {
			case "submit" -> nominations.submit(actor, id, version);
			case "receive" -> nominations.receive(actor, id, version);
			case "return" -> nominations.returnBack(actor, id, version, comment);
			case "check" -> nominations.check(actor, id, version);
			case "council" -> nominations.toCouncil(actor, id, version);
			case "approve" -> nominations.approve(actor, id, version, comment);
			case "forward" -> nominations.forward(actor, id, version, comment);
			default -> throw new RuleViolationException("commendation.nomination.illegalStep");
		});
	}

	@Access(Audience.SIGNED_IN)
	@PostMapping("/commendation/nominations/{id}/justify")
	String justify(@PathVariable Long id, @RequestParam long version, @RequestParam int index,
			@RequestParam(required = false) String justification, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "commendation.nomination.justified",
				() -> nominations.justify(CurrentActor.require(), id, version, index, justification));
	}

	@Access(Audience.SIGNED_IN)
	@PostMapping("/commendation/nominations/{id}/vote")
	String vote(@PathVariable Long id, @RequestParam long version, @RequestParam int index,
			@RequestParam boolean approved, @RequestParam(required = false) Integer votesFor,
			@RequestParam(required = false) Integer votesAgainst, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "commendation.nomination.voted", () -> nominations
			.vote(CurrentActor.require(), id, version, index, approved, votesFor, votesAgainst));
	}

	@Access(Audience.SIGNED_IN)
	@PostMapping("/commendation/nominations/{id}/higher-decision")
	String higher(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reference,
			@RequestParam(required = false) LocalDate date, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "commendation.nomination.step.higher", () -> nominations
			.recordHigherDecision(CurrentActor.require(), id, version, reference, date));
	}

	@Access(Audience.SIGNED_IN)
	@PostMapping("/commendation/nominations/{id}/decide")
	String decide(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) Long issuerId,
			@RequestParam(required = false) String title, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String grounds, Model model, RedirectAttributes redirect) {
		Decision decision;
		try {
			Issuer issuer = issuerId == null ? null : catalog.issuer(issuerId);
			decision = nominations.decide(CurrentActor.require(), id, version, new DecisionDraft(issuerId, title, date,
					grounds, null, null, issuer == null ? null : issuer.getSignerName(),
					issuer == null ? null : issuer.getSignerTitle(), null, null, null));
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
			return detail(id, model);
		}
		flash.add(redirect, "commendation.nomination.step.decide");
		return "redirect:/commendation/decisions/" + decision.getId();
	}

	private String act(Long id, Model model, RedirectAttributes redirect, String done, Supplier<Nomination> action) {
		try {
			action.get();
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
			return detail(id, model);
		}
		flash.add(redirect, done);
		return "redirect:/commendation/nominations/" + id;
	}

}
