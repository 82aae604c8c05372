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
 * a meeting's conclusion notice.
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
