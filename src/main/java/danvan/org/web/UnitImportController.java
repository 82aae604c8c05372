package danvan.org.web;

import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.org.UnitImport;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/**
 * The tree from an Excel list: upload, a preview naming every wrong cell by row and column, then the import
 * of the list kept as a work draft in the database (any node commits it; nothing lives in one node's memory). Used on the first sign-in too.
 */
@Controller
class UnitImportController {

	static final String PATH = "/org/units/import";

	private static final FileRules RULES = FileRules.of(List.of(FileKind.XLSX), 5);

	private final UnitImport imports;

	private final OrgUnitService units;

	private final FileStore files;

	private final Flash flash;

	UnitImportController(UnitImport imports, OrgUnitService units, FileStore files, Flash flash) {
		this.imports = imports;
		this.units = units;
		this.files = files;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@GetMapping(PATH)
	String page(Model model) {
		model.addAttribute("kinds", units.kinds());
		model.addAttribute("levels", units.levels());
		return "org/units/import";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@GetMapping(PATH + "/mau.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("danh-sach-don-vi.xlsx").build().toString())
			.contentType(org.springframework.http.MediaType.parseMediaType(FileKind.XLSX.contentType()))
			.body(UnitSheet.template(flash));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@PostMapping(PATH)
	String preview(@RequestParam(required = false) MultipartFile file, Model model) {
		try {
			StoredFile stored = files.store(file, RULES);
			byte[] sheet = content(stored);
			UnitImport.Preview preview = imports.preview(CurrentActor.require(), UnitSheet.read(sheet));
			model.addAttribute("preview", preview);
			if (preview.ok()) {
				model.addAttribute("importId", imports.keep(CurrentActor.require(), sheet));
			}
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", flash.text(e.messageKey(), e.arguments()));
		}
		return page(model);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@PostMapping(PATH + "/{importId}")
	String commit(@PathVariable String importId, Model model, RedirectAttributes redirect) {
		try {
			List<OrgUnit> created = imports.commit(CurrentActor.require(), importId, UnitSheet::read);
			flash.add(redirect, "org.import.done", created.size());
			return "redirect:/org/units";
		}
		catch (RuleViolationException e) {
			model.addAttribute("problem", flash.text(e.messageKey(), e.arguments()));
			return page(model);
		}
	}

	private byte[] content(StoredFile stored) {
		try (InputStream in = files.open(stored)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
