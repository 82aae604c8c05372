package danvan.emulation.web;

import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.OrgScope.UNIT;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

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

import danvan.emulation.EmulationAccess;
import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.results.Standings;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.org.OrgDirectory;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** A unit's assessment: the self-assessment form, evidence, and the reviewers' view of the same page. */
@Controller
@RequestMapping("/emulation/movements/{id}")
class AssessmentController {

	private final AssessmentService assessments;

	private final ReviewService reviews;

	private final MovementService movements;

	private final ScaleService scales;

	private final EmulationAccess access;

	private final OrgDirectory org;

	private final FileStore files;

	private final Messages messages;

	AssessmentController(AssessmentService assessments, ReviewService reviews, MovementService movements,
			ScaleService scales, EmulationAccess access, OrgDirectory org, FileStore files, Messages messages) {
		this.assessments = assessments;
		this.reviews = reviews;
		this.movements = movements;
		this.scales = scales;
		this.access = access;
		this.org = org;
		this.files = files;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/assessments")
	String list(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Movement movement = movements.get(id);
		Map<Long, Assessment> byUnit = new HashMap<>();
		assessments.forMovement(actor, id).forEach(a -> byUnit.put(a.getUnitId(), a));
		ScoringScale scale = scales.get(movement.getScaleId());
		Map<Long, java.math.BigDecimal> totals = new HashMap<>();
		byUnit.values().forEach(a -> totals.put(a.getUnitId(), Standings.totalOf(scale, a)));
		model.addAttribute("movement", movement);
		model.addAttribute("byUnit", byUnit);
		model.addAttribute("totals", totals);
		model.addAttribute("unitNames", UnitLabels.of(org, movement));
		model.addAttribute("visible", movement.getParticipants()
			.stream()
			.filter(p -> assessments.canRead(actor, p.getUnitId()))
			.toList());
		return "emulation/assessments/list";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = UNIT, unit = "unitId")
	@GetMapping("/units/{unitId}/assessment")
	String page(@PathVariable Long id, @PathVariable Long unitId, Model model) {
		Assessment assessment = assessments.open(CurrentActor.require(), id, unitId);
		AssessmentForm form = assessment == null ? new AssessmentForm()
				: AssessmentForm.of(assessment, scales.get(movements.get(id).getScaleId()));
		return render(model, id, unitId, assessment, form);
	}

	@Access(roles = UNIT_OFFICER, scope = UNIT, unit = "unitId")
	@PostMapping("/units/{unitId}/assessment")
	String save(@PathVariable Long id, @PathVariable Long unitId, @ModelAttribute("form") AssessmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		var points = form.parsedScores(result);
		if (!result.hasErrors()) {
			try {
				Assessment saved = assessments.saveSelf(actor, id, unitId, form.getVersion(), points, form.getExplanations());
				if ("submit".equals(form.getAction())) {
					saved = assessments.submit(actor, id, unitId, saved.getVersion());
					redirect.addFlashAttribute("flash", messages.get(saved.isLate() ? "emulation.assessment.submittedLate"
							: "emulation.assessment.submitted"));
				}
				else {
					redirect.addFlashAttribute("flash", messages.get("emulation.assessment.saved"));
				}
				return "redirect:/emulation/movements/" + id + "/units/" + unitId + "/assessment";
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return render(model, id, unitId, assessments.open(actor, id, unitId), form);
	}

	@Access(roles = UNIT_OFFICER, scope = UNIT, unit = "unitId")
	@PostMapping("/units/{unitId}/assessment/evidence")
	String upload(@PathVariable Long id, @PathVariable Long unitId, @RequestParam(required = false) Long itemId,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		try {
			assessments.attachEvidence(CurrentActor.require(), id, unitId, itemId, file);
			redirect.addFlashAttribute("flash", messages.get("emulation.evidence.added"));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/movements/" + id + "/units/" + unitId + "/assessment";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = UNIT, unit = "unitId")
	@GetMapping("/units/{unitId}/assessment/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long unitId, @PathVariable Long evidenceId)
			throws IOException {
		StoredFile file = assessments.evidenceFile(CurrentActor.require(), id, unitId, evidenceId);
		try (InputStream in = files.open(file)) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.getKind().contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
						+ URLEncoder.encode(file.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20"))
				.body(in.readAllBytes());
		}
	}

	private String render(Model model, Long id, Long unitId, Assessment assessment, AssessmentForm form) {
		Actor actor = CurrentActor.require();
		Movement movement = movements.get(id);
		ScoringScale scale = scales.get(movement.getScaleId());
		model.addAttribute("movement", movement);
		model.addAttribute("scale", scale);
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitName", org.nameOf(unitId).orElse(""));
		model.addAttribute("assessment", assessment);
		model.addAttribute("rows", AssessmentRows.of(scale, assessment));
		model.addAttribute("form", form);
		model.addAttribute("editable", assessment != null && assessment.getStatus().isEditableByUnit()
				&& access.canActFor(actor, unitId));
		model.addAttribute("total", assessment == null ? null : Standings.totalOf(scale, assessment));
		ReviewView.addTo(model, reviews, actor, movement, assessment);
		return "emulation/assessments/page";
	}

}
