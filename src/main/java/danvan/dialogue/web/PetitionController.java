package danvan.dialogue.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.dialogue.DialogueService;
import danvan.dialogue.petition.Petition;
import danvan.dialogue.petition.PetitionFilter;
import danvan.dialogue.petition.PetitionKind;
import danvan.dialogue.petition.PetitionService;
import danvan.dialogue.petition.PetitionSource;
import danvan.dialogue.petition.PetitionStatus;
import danvan.dialogue.DialogueAccess;
import danvan.dialogue.reception.ReceptionService;
import danvan.org.OrgDirectory;
import danvan.org.UnitPicker;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.dialogue.petition.ReceiptDocuments;
import danvan.platform.documents.OfficialDocuments;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** Petitions: the list with the overdue ones marked, taking one down, its page with its history, the receipt. */
@Controller
@RequestMapping("/dialogue/petitions")
class PetitionController {

	private final PetitionService petitions;

	private final DialogueService dialogues;

	private final DialogueAccess access;

	private final UnitPicker units;

	private final OrgDirectory org;

	private final Flash flash;

	private final ReceptionService receptions;

	private final ReceiptDocuments receipts;

	PetitionController(PetitionService petitions, DialogueService dialogues, DialogueAccess access, UnitPicker units,
			OrgDirectory org, Flash flash, ReceptionService receptions, ReceiptDocuments receipts) {
		this.receipts = receipts;
		this.receptions = receptions;
		this.petitions = petitions;
		this.dialogues = dialogues;
		this.access = access;
		this.units = units;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(@RequestParam(required = false) PetitionStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) Long unit, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("petitions", petitions.list(actor, new PetitionFilter(status, overdue, agency, unit)));
		model.addAttribute("today", petitions.today());
		model.addAttribute("statuses", PetitionStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("canCreate", !units.activeFor(actor, access::canHandle).isEmpty());
		return "dialogue/petitions/list";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long dialogueId,
			@RequestParam(required = false) Long receptionDayId, Model model) {
		Actor actor = CurrentActor.require();
		PetitionForm form = new PetitionForm();
		form.setReceivedOn(petitions.today());
		if (receptionDayId != null) {
			var day = receptions.get(actor, receptionDayId);
			form.setReceptionDayId(day.getId());
			form.setUnitId(day.getUnitId());
			form.setSource(PetitionSource.RECEPTION);
			form.setReceivedOn(day.getScheduledOn());
		}
		if (dialogueId != null) {
			var dialogue = dialogues.get(actor, dialogueId);
			form.setDialogueId(dialogue.getId());
			form.setUnitId(dialogue.getHostUnitId());
			form.setReceivedOn(dialogue.getHeldOn());
		}
		return form(model, form);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@Valid @ModelAttribute("form") PetitionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form);
		}
		try {
			Actor actor = CurrentActor.require();
			if (form.getReceptionDayId() != null) {
				receptions.get(actor, form.getReceptionDayId());
			}
			Petition petition = petitions.receive(actor, form.draft(), form.getReceptionDayId());
			flash.add(redirect, "dialogue.petition.saved", petition.getTrackingCode());
			return "redirect:/dialogue/petitions/" + petition.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form);
		}
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Petition petition = petitions.get(actor, id);
		model.addAttribute("petition", petition);
		model.addAttribute("petitioner", petitions.petitioner(actor, petition).orElse(null));
		model.addAttribute("trackingSecret", petitions.trackingSecret(actor, petition).orElse(null));
		model.addAttribute("history", petitions.history(id));
		model.addAttribute("today", petitions.today());
		model.addAttribute("canHandle", access.handles(actor, petition));
		model.addAttribute("agencies", units.everyActive());
		return "dialogue/petitions/detail";
	}

	/** The citizen's receipt (Mẫu 02/TCD) with the tracking code and secret; for the petition's handlers. */
	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/receipt.pdf")
	ResponseEntity<byte[]> receiptPdf(@PathVariable Long id) {
		Actor actor = CurrentActor.require();
		Petition petition = petitions.get(actor, id);
		return receipt(receipts.pdf(actor, petition), MediaType.APPLICATION_PDF_VALUE,
				ReceiptDocuments.fileName(petition, "pdf"));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/receipt.docx")
	ResponseEntity<byte[]> receiptDocx(@PathVariable Long id) {
		Actor actor = CurrentActor.require();
		Petition petition = petitions.get(actor, id);
		return receipt(receipts.docx(actor, petition), OfficialDocuments.DOCX_TYPE,
				ReceiptDocuments.fileName(petition, "docx"));
	}

	private static ResponseEntity<byte[]> receipt(byte[] bytes, String type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(bytes);
	}

	private String form(Model model, PetitionForm form) {
		Actor actor = CurrentActor.require();
		model.addAttribute("form", form);
		model.addAttribute("kinds", PetitionKind.values());
		model.addAttribute("sources",
				java.util.Arrays.stream(PetitionSource.values()).filter(s -> s != PetitionSource.PORTAL).toList());
		model.addAttribute("unitOptions", units.activeFor(actor, access::canHandle));
		model.addAttribute("dialogues", dialogues.visibleTo(actor));
		return "dialogue/petitions/form";
	}

}
