package danvan.emulation.web;

import static danvan.platform.security.OrgScope.UNIT;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

import danvan.emulation.sheets.ScoreImportService;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.RuleViolationException;

/** A unit's score sheet in Excel: download it blank (or as filled so far) and upload it back. */
@Controller
@RequestMapping("/emulation/movements/{id}/units/{unitId}/score-sheet")
class ScoreSheetController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ScoreImportService sheets;

	private final Messages messages;

	ScoreSheetController(ScoreImportService sheets, Messages messages) {
		this.sheets = sheets;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = UNIT, unit = "unitId")
	@GetMapping
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long unitId) {
		byte[] sheet = sheets.blankSheet(CurrentActor.require(), id, unitId);
		String name = URLEncoder.encode("phieu-tu-cham-" + unitId + ".xlsx", StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name)
			.body(sheet);
	}

	@Access(roles = UNIT_OFFICER, scope = UNIT, unit = "unitId")
	@PostMapping
	String upload(@PathVariable Long id, @PathVariable Long unitId, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		try {
			sheets.importUnitSheet(CurrentActor.require(), id, unitId, file);
			redirect.addFlashAttribute("flash", messages.get("emulation.sheet.imported"));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/movements/" + id + "/units/" + unitId + "/assessment";
	}

}
