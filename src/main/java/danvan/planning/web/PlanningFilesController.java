package danvan.planning.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.planning.meeting.MeetingDocument;
import danvan.planning.meeting.MeetingService;
import danvan.planning.plan.PlanService;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/**
 * A plan's document (the programme or plan as issued, PDF or Word, checked by its content) uploaded from the
 * plan's page, and the files planning keeps downloaded by those who may read the record: the plan's document and
 * a meeting's conclusion notice, and a meeting's papers (agenda, invitation, minutes, other), put up and withdrawn
 * by its organiser's handlers, read by those who may read the meeting (its invitees and grants over the organiser).
 */
@Controller
class PlanningFilesController {

	private final PlanService plans;

	private final MeetingService meetings;

	private final FileStore files;

	private final Flash flash;

	PlanningFilesController(PlanService plans, MeetingService meetings, FileStore files, Flash flash) {
		this.plans = plans;
		this.meetings = meetings;
		this.files = files;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/planning/plans/{id}/document")
	String upload(@PathVariable Long id, @RequestParam(required = false) MultipartFile document, RedirectAttributes redirect) {
		try {
			plans.attachDocument(CurrentActor.require(), id, document);
			flash.add(redirect, "planning.plan.document.saved");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("documentProblem", flash.text(e.messageKey(), e.arguments()));
		}
		return "redirect:/planning/plans/" + id + "#document";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/planning/plans/{id}/document")
	ResponseEntity<InputStreamResource> planDocument(@PathVariable Long id) {
		return download(plans.get(CurrentActor.require(), id).getDocFileId());
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/planning/meetings/{id}/notice")
	ResponseEntity<InputStreamResource> conclusionNotice(@PathVariable Long id) {
		return download(meetings.get(CurrentActor.require(), id).getConclusionFileId());
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/planning/meetings/{id}/documents")
	String uploadMeetingDocument(@PathVariable Long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		meetings.editable(CurrentActor.require(), id);
		try {
			meetings.addDocument(CurrentActor.require(), id, documentKind(kind), title, file);
			flash.add(redirect, "planning.document.saved");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("documentProblem", flash.text(e.messageKey(), e.arguments()));
			redirect.addFlashAttribute("documentProblemField", e.field());
		}
		return "redirect:/planning/meetings/" + id + "#documents";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/planning/meetings/{id}/documents/{documentId}/withdraw")
	String withdrawMeetingDocument(@PathVariable Long id, @PathVariable Long documentId, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			meetings.withdrawDocument(CurrentActor.require(), id, documentId, version, reason);
			flash.add(redirect, "planning.document.withdrawn");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("withdrawProblem", flash.text(e.messageKey(), e.arguments()));
			redirect.addFlashAttribute("withdrawProblemId", documentId);
		}
		return "redirect:/planning/meetings/" + id + "#documents";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/planning/meetings/{id}/documents/{documentId}")
	ResponseEntity<InputStreamResource> meetingDocument(@PathVariable Long id, @PathVariable Long documentId) {
		return download(meetings.document(CurrentActor.require(), id, documentId).getFileId());
	}

	/** An unknown kind from a hand-made request is refused on the field like a missing one, never a 400 page. */
	private static MeetingDocument.Kind documentKind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return MeetingDocument.Kind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.onField("kind", "planning.document.kind.required");
		}
	}

	private ResponseEntity<InputStreamResource> download(Long fileId) {
		if (fileId == null) {
			throw NotFoundException.record();
		}
		StoredFile file = files.describe(fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKind().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getOriginalName(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(files.open(file)));
	}

}
