package danvan.emulation.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;

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

import danvan.emulation.sheets.ScoreImportService;
import danvan.platform.security.Access;
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

	private final Messages messages;

	ScoreImportController(ScoreImportService imports, Messages messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = RECORD)
	@GetMapping
	String page(@PathVariable Long id, Model model) {
		model.addAttribute("movement", imports.importable(CurrentActor.require(), id));
		return "emulation/imports/page";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = RECORD)
	@PostMapping
	String preview(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("movement", imports.importable(CurrentActor.require(), id));
		try {
			model.addAttribute("preview", imports.preview(CurrentActor.require(), id, file));
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return htmx != null ? "emulation/imports/preview :: preview" : "emulation/imports/page";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = RECORD)
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
