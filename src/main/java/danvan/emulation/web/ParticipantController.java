package danvan.emulation.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
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

import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** A movement's participants, review chain and launch document, changed from its detail page. */
@Controller
@RequestMapping("/emulation/movements/{id}")
class ParticipantController {

	private final MovementService movements;

	private final FileStore files;

	private final Messages messages;

	ParticipantController(MovementService movements, FileStore files, Messages messages) {
		this.movements = movements;
		this.files = files;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/participants")
	String addChildren(@PathVariable Long id, @RequestParam(required = false) Long parentUnitId,
			@RequestParam(required = false) String clusterName, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			if (parentUnitId == null) {
				throw new RuleViolationException("emulation.movement.participant.unknown");
			}
			movements.addChildrenOf(CurrentActor.require(), id, parentUnitId, limit(clusterName, 150));
		});
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/steps")
	String addStep(@PathVariable Long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) String reviewers, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			if (name == null || name.isBlank() || name.length() > 200 || name.matches(".*[<>].*")) {
				throw new RuleViolationException("emulation.step.name.invalid");
			}
			if (reviewers != null && reviewers.length() > 1000) {
				throw new RuleViolationException("emulation.step.reviewers.invalid");
			}
			movements.addReviewStep(CurrentActor.require(), id, name, deadline, MovementController.split(reviewers));
		});
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/launch-document")
	String upload(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> movements.attachLaunchDocument(CurrentActor.require(), id, file));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER })
	@GetMapping("/launch-document")
	ResponseEntity<byte[]> download(@PathVariable Long id) throws IOException {
		Movement movement = movements.get(id);
		if (movement.getLaunchFileId() == null) {
			throw NotFoundException.record();
		}
		StoredFile file = files.describe(movement.getLaunchFileId());
		try (InputStream in = files.open(file)) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.getKind().contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
						+ URLEncoder.encode(file.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20"))
				.body(in.readAllBytes());
		}
	}

	private String act(Long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", messages.get("common.saved"));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/movements/" + id;
	}

	static String limit(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String clean = text.replaceAll("[<>\\p{Cntrl}]", "").trim();
		return clean.length() > max ? clean.substring(0, max) : clean;
	}

}
