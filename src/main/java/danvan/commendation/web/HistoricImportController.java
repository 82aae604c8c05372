package danvan.commendation.web;

import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.registry.HistoricImport;

/**
 * Historic awards from an Excel list: the upload is stored and previewed with every cell in error; saving reads
 * the stored file again and enters all its rows, or none (the same mechanism as exemplar's and emulation's imports).
 */
@Controller
class HistoricImportController {

	private static final String PATH = "/commendation/registry/import";

	private final HistoricImport imports;

	private final FileStore files;

	private final Flash flash;

	HistoricImportController(HistoricImport imports, FileStore files, Flash flash) {
		this.imports = imports;
		this.files = files;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER })
	@GetMapping(PATH)
	String form() {
		return "commendation/import";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER })
	@PostMapping(PATH)
	String preview(@RequestParam(required = false) MultipartFile file, Model model, Locale locale) {
		try {
			if (file == null || file.isEmpty()) {
				throw RuleViolationException.onField("file", "commendation.import.fileRequired");
			}
			StoredFile stored = files.store(file, FileRules.of(List.of(FileKind.XLSX), 10));
			model.addAttribute("preview", imports.preview(CurrentActor.require(), files.open(stored).readAllBytes(), locale));
			model.addAttribute("fileId", stored.getId());
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", flash.text(e.messageKey(), e.arguments()));
		}
		catch (IOException e) {
			model.addAttribute("problem", flash.text("commendation.import.unreadable"));
		}
		return "commendation/import";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER })
	@PostMapping(PATH + "/save")
	String save(@RequestParam Long fileId, Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		StoredFile stored = files.describe(fileId);
		if (stored.getKind() != FileKind.XLSX || !CurrentActor.require().username().equals(stored.getUploadedBy())) {
			throw NotFoundException.record();
		}
		try {
			int n = imports.importAll(CurrentActor.require(), files.open(stored).readAllBytes(), locale);
			flash.add(redirect, "commendation.import.saved", n);
			return "redirect:/commendation/registry";
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", flash.text(e.messageKey(), e.arguments()));
			return "commendation/import";
		}
	}

}
