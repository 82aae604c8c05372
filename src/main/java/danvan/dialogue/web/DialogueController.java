package danvan.dialogue.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.io.IOException;
import java.io.InputStream;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.dialogue.Dialogue;
import danvan.dialogue.DialogueAccess;
import danvan.dialogue.DialogueKind;
import danvan.dialogue.DialogueService;
import danvan.dialogue.petition.PetitionService;
import danvan.org.OrgDirectory;
import danvan.org.UnitPicker;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.FormErrors;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** Dialogues: the list, a dialogue with the petitions raised there, the form and the minutes. */
@Controller
@RequestMapping("/dialogue/dialogues")
class DialogueController {

	private final DialogueService dialogues;

	private final PetitionService petitions;

	private final DialogueAccess access;

	private final UnitPicker units;

	private final OrgDirectory org;

	private final FileStore files;

	private final Flash flash;

	DialogueController(DialogueService dialogues, PetitionService petitions, DialogueAccess access, UnitPicker units,
			OrgDirectory org, FileStore files, Flash flash) {
		this.dialogues = dialogues;
		this.petitions = petitions;
		this.access = access;
		this.units = units;
		this.org = org;
		this.files = files;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(Model model) {
		model.addAttribute("dialogues", dialogues.visibleTo(CurrentActor.require()));
		model.addAttribute("canCreate", !units.activeFor(CurrentActor.require(), access::canHandle).isEmpty());
		return "dialogue/dialogues/list";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Dialogue dialogue = dialogues.get(actor, id);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("petitions", petitions.ofDialogue(actor, id));
		model.addAttribute("today", petitions.today());
		model.addAttribute("canHandle", access.canHandle(actor, dialogue.getHostUnitId()));
		if (dialogue.getMinutesFileId() != null) {
			model.addAttribute("minutes", files.describe(dialogue.getMinutesFileId()));
		}
		return "dialogue/dialogues/detail";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String createForm(Model model) {
		DialogueForm form = new DialogueForm();
		form.setHeldOn(petitions.today());
		return form(model, form, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@Valid @ModelAttribute("form") DialogueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Dialogue dialogue = dialogues.create(CurrentActor.require(), form.getHostUnitId(), form.draft());
			flash.add(redirect, "dialogue.dialogue.saved");
			return "redirect:/dialogue/dialogues/" + dialogue.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, null);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		return form(model, DialogueForm.of(dialogues.editable(CurrentActor.require(), id)), id);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") DialogueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		dialogues.editable(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			dialogues.update(CurrentActor.require(), id, form.getVersion(), form.draft());
			flash.add(redirect, "dialogue.dialogue.saved");
			return "redirect:/dialogue/dialogues/" + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, id);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/minutes")
	String minutes(@PathVariable Long id, @RequestParam(required = false) MultipartFile minutes,
			RedirectAttributes redirect) {
		try {
			dialogues.attachMinutes(CurrentActor.require(), id, minutes);
			flash.add(redirect, "dialogue.dialogue.minutesSaved");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("minutesProblem", flash.text(e.messageKey(), e.arguments()));
		}
		return "redirect:/dialogue/dialogues/" + id;
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}/minutes")
	ResponseEntity<InputStreamResource> downloadMinutes(@PathVariable Long id) throws IOException {
		Dialogue dialogue = dialogues.get(CurrentActor.require(), id);
		if (dialogue.getMinutesFileId() == null) {
			throw NotFoundException.record();
		}
		StoredFile file = files.describe(dialogue.getMinutesFileId());
		InputStream content = files.open(file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKind().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getOriginalName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(content));
	}

	private String form(Model model, DialogueForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("dialogueId", id);
		model.addAttribute("kinds", DialogueKind.values());
		model.addAttribute("unitOptions", units.activeFor(CurrentActor.require(), access::canHandle));
		return "dialogue/dialogues/form";
	}

}
