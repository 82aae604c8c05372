package danvan.emulation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.emulation.movement.MovementService;
import danvan.emulation.sheets.ScoreImportService;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * The consolidated-sheet import page: upload (with a progress bar), preview of rows, cell errors and total
 * mismatches, then commit. Works without JavaScript; with htmx only the preview part is replaced.
 */
@Controller
@RequestMapping("/emulation/movements/{id}/score-imports")
class ScoreImportController {

	private final ScoreImportService imports;

	private final MovementService movements;

	private final Messages messages;

	ScoreImportController(ScoreImportService imports, MovementService movements, Messages messages) {
		this.imports = imports;
		this.movements = movements;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable Long id, Model model) {
		model.addAttribute("movement", movements.get(id));
		return "emulation/imports/page";
	}

	@PostMapping
	String preview(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("movement", movements.get(id));
		try {
			model.addAttribute("preview", imports.preview(CurrentActor.require(), id, file));
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return htmx != null ? "emulation/imports/preview :: preview" : "emulation/imports/page";
	}

	@PostMapping("/{importId}/commit")
	String commit(@PathVariable Long id, @PathVariable String importId, RedirectAttributes redirect) {
		try {
			int saved = imports.commit(CurrentActor.require(), id, importId);
			redirect.addFlashAttribute("flash", messages.get("emulation.import.committed", saved));
			return "redirect:/emulation/movements/" + id + "/assessments";
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
			return "redirect:/emulation/movements/" + id + "/score-imports";
		}
		catch (StaleRecordException e) {
			redirect.addFlashAttribute("problem", messages.get("emulation.import.stale"));
			return "redirect:/emulation/movements/" + id + "/score-imports";
		}
	}

}
