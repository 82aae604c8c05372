package danvan.commendation.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.commendation.CommendationAccess;
import danvan.platform.documents.OfficialDocuments;
import danvan.platform.security.Access;
import danvan.platform.security.Audience;
import danvan.platform.security.CurrentActor;
import danvan.platform.security.Role;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.catalog.CatalogService;
import danvan.commendation.decision.Decision;
import danvan.commendation.decision.DecisionKind;
import danvan.commendation.decision.DecisionService;
import danvan.commendation.decision.RecipientDraft;

/** Decisions: the list, the detail with its list and downloads, adding recipients, issuing, correcting. */
@Controller
class DecisionController {

	private final DecisionService decisions;

	private final CatalogService catalog;

	private final DecisionViews views;

	private final CommendationAccess access;

	private final PickLists picks;

	private final Flash flash;

	DecisionController(DecisionService decisions, CatalogService catalog, DecisionViews views,
			CommendationAccess access, PickLists picks, Flash flash) {
		this.decisions = decisions;
		this.catalog = catalog;
		this.views = views;
		this.access = access;
		this.picks = picks;
		this.flash = flash;
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER })
	@GetMapping("/commendation/decisions")
	String list(Model model) {
		model.addAttribute("decisions", decisions.list());
		model.addAttribute("views", views);
		return "commendation/decisions";
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER })
	@GetMapping("/commendation/decisions/{id}")
	String detail(@PathVariable Long id, Model model) {
		Decision decision = decisions.get(id);
		model.addAttribute("decision", decision);
		model.addAttribute("issuerName", views.issuerName(decision));
		model.addAttribute("catalog", catalog);
		model.addAttribute("board", access.isBoard(CurrentActor.require()));
		if (decision.isDraft()) {
			model.addAttribute("awards", catalog.awardTypes());
			model.addAttribute("officials", picks.officials(CurrentActor.require(), null));
			model.addAttribute("units", picks.units(CurrentActor.require()));
		}
		return "commendation/decision";
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@PostMapping("/commendation/decisions/{id}/recipients")
	String addRecipient(@PathVariable Long id, @RequestParam long version, @RequestParam String award,
			@RequestParam(required = false) Long officialId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String achievement, Model model, RedirectAttributes redirect) {
		try {
			decisions.addRecipient(CurrentActor.require(), id, version,
					new RecipientDraft(officialId, unitId, award, achievement));
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
			return detail(id, model);
		}
		flash.add(redirect, "commendation.decision.recipientAdded");
		return "redirect:/commendation/decisions/" + id;
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@PostMapping("/commendation/decisions/{id}/issue")
	String issue(@PathVariable Long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		Decision issued;
		try {
			issued = decisions.issue(CurrentActor.require(), id, version);
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
			return detail(id, model);
		}
		flash.add(redirect, "commendation.decision.issued", issued.getNumber());
		return "redirect:/commendation/decisions/" + id;
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@PostMapping("/commendation/decisions/{id}/correct")
	String correct(@PathVariable Long id, @RequestParam DecisionKind kind, RedirectAttributes redirect) {
		Decision draft = decisions.correct(CurrentActor.require(), id, kind);
		flash.add(redirect, "commendation.decision.correctionDrafted");
		return "redirect:/commendation/decisions/" + draft.getId();
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER })
	@GetMapping("/commendation/decisions/{id}/document.docx")
	ResponseEntity<byte[]> docx(@PathVariable Long id) {
		return CommendationApiController.download(decisions.docx(id), views.fileName(decisions.get(id), "docx"),
				MediaType.parseMediaType(OfficialDocuments.DOCX_TYPE));
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER })
	@GetMapping("/commendation/decisions/{id}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id) {
		return CommendationApiController.download(decisions.pdf(id), views.fileName(decisions.get(id), "pdf"),
				MediaType.APPLICATION_PDF);
	}

}
