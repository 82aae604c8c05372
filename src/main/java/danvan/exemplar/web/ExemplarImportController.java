package danvan.exemplar.web;

import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.exemplar.registry.ExemplarSheets;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/**
 * Import of an existing Excel list: the upload is stored and previewed with every cell in error; a clean sheet is
 * kept as a work draft in the database, and saving (on any node) registers all its rows, or none.
 */
@Controller
@RequestMapping("/exemplar/import")
class ExemplarImportController {

	private final ExemplarSheets sheets;

	private final FileStore files;

	private final Flash flash;

	ExemplarImportController(ExemplarSheets sheets, FileStore files, Flash flash) {
		this.sheets = sheets;
		this.files = files;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping
	String form() {
		return "exemplar/import";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String preview(@RequestParam(required = false) MultipartFile file, Model model, Locale locale) {
		try {
			if (file == null || file.isEmpty()) {
				throw RuleViolationException.onField("file", "exemplar.file.required");
			}
			StoredFile stored = files.store(file, FileRules.of(List.of(FileKind.XLSX), 10));
			byte[] xlsx = files.open(stored).readAllBytes();
			ExemplarSheets.Preview preview = sheets.preview(CurrentActor.require(), xlsx, locale);
			model.addAttribute("preview", preview);
			if (preview.ok()) {
				model.addAttribute("importId", sheets.keep(CurrentActor.require(), xlsx));
			}
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", flash.text(e.messageKey(), e.arguments()));
		}
		catch (IOException e) {
			model.addAttribute("problem", flash.text("exemplar.import.unreadable"));
		}
		return "exemplar/import";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping("/save")
	String save(@RequestParam(required = false) String importId, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			int n = sheets.importKept(CurrentActor.require(), importId, locale);
			flash.add(redirect, "exemplar.import.saved", n);
			return "redirect:/exemplar/exemplars";
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", flash.text(e.messageKey(), e.arguments()));
			return "exemplar/import";
		}
	}

}
