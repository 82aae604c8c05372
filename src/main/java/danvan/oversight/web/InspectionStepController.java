package danvan.oversight.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionDocuments;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.StepInput;
import danvan.platform.documents.OfficialDocuments;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** The three steps of an inspection, each with its document, and the team decision and conclusion notice. */
@Controller
@RequestMapping("/oversight/inspections/{id}")
class InspectionStepController {

	private final InspectionService inspections;

	private final InspectionDocuments documents;

	private final Flash flash;

	InspectionStepController(InspectionService inspections, InspectionDocuments documents, Flash flash) {
		this.inspections = inspections;
		this.documents = documents;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/start")
	String start(@PathVariable Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile document,
			RedirectAttributes redirect) {
		return step(id, "start", redirect, () -> inspections.start(CurrentActor.require(), id, version,
				new StepInput(on, null, null, null, null, Texts.text("note", note, 1000), document)));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/end-work")
	String endWork(@PathVariable Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile document,
			RedirectAttributes redirect) {
		return step(id, "endWork", redirect, () -> inspections.endWork(CurrentActor.require(), id, version,
				new StepInput(on, null, null, null, null, Texts.text("note", note, 1000), document)));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/conclude")
	String conclude(@PathVariable Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String number, @RequestParam(required = false) String strengths,
			@RequestParam(required = false) String shortcomings, @RequestParam(required = false) String causes,
			@RequestParam(required = false) MultipartFile document, RedirectAttributes redirect) {
		return step(id, "conclude", redirect, () -> inspections.conclude(CurrentActor.require(), id, version,
				new StepInput(on, Texts.text("number", number, 50), Texts.text("strengths", strengths, 4000), Texts.text("shortcomings", shortcomings, 4000),
						Texts.text("causes", causes, 4000), null, document)));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/finish")
	String finish(@PathVariable Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, "finish", redirect, () -> inspections.finish(CurrentActor.require(), id, version, Texts.text("note", note, 1000)));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/decision")
	String decision(@PathVariable Long id, @RequestParam(required = false) MultipartFile decisionFile,
			RedirectAttributes redirect) {
		return step(id, "decision", redirect, () -> inspections.attachDecision(CurrentActor.require(), id, decisionFile));
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/documents/{kind}.{format}")
	ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable String kind, @PathVariable String format) {
		Inspection i = inspections.get(CurrentActor.require(), id);
		InspectionDocuments.Kind which = "conclusion".equals(kind) ? InspectionDocuments.Kind.CONCLUSION
				: "decision".equals(kind) ? InspectionDocuments.Kind.DECISION : null;
		boolean pdf = "pdf".equals(format);
		if (which == null || (!pdf && !"docx".equals(format))) {
			throw danvan.platform.web.NotFoundException.record();
		}
		byte[] content = pdf ? documents.pdf(i, which) : documents.docx(i, which);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(pdf ? MediaType.APPLICATION_PDF_VALUE : OfficialDocuments.DOCX_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(documents.fileName(i, which, format), StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private String step(Long id, String form, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			flash.add(redirect, "oversight.step.saved." + form);
		}
		catch (RuleViolationException e) {
			flash.problem(redirect, form, e);
		}
		return "redirect:/oversight/inspections/" + id;
	}

}
