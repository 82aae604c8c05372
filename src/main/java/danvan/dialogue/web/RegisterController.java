package danvan.dialogue.web;

import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.dialogue.register.ReceptionRegister;
import danvan.dialogue.register.RegisterDocuments;
import danvan.platform.documents.OfficialDocuments;
import danvan.org.OrgDirectory;
import danvan.dialogue.DialogueAccess;
import danvan.org.UnitPicker;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;
import danvan.dialogue.register.RegisterSheet;

/**
 * The reception register (Mẫu 03/TCD) of a unit for a period: on screen in the form's 13 columns (printable) and
 * as Excel. It names petitioners, so only the unit's handlers open it.
 */
@Controller
@RequestMapping("/dialogue/register")
class RegisterController {

	private final ReceptionRegister register;

	private final RegisterSheet sheet;

	private final UnitPicker units;

	private final DialogueAccess access;

	private final OrgDirectory org;

	private final Flash flash;

	private final RegisterDocuments documents;

	RegisterController(ReceptionRegister register, RegisterSheet sheet, UnitPicker units, DialogueAccess access, OrgDirectory org,
			Flash flash, RegisterDocuments documents) {
		this.documents = documents;
		this.register = register;
		this.sheet = sheet;
		this.units = units;
		this.access = access;
		this.org = org;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping
	String view(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Actor actor = CurrentActor.require();
		List<danvan.org.UnitChoice> options = units.activeFor(actor, access::canHandle);
		Long chosen = unit != null ? unit : options.isEmpty() ? null : options.get(0).id();
		LocalDate start = from != null ? from : LocalDate.of(register.today().getYear(), 1, 1);
		LocalDate end = to != null ? to : register.today();
		model.addAttribute("unitOptions", options);
		model.addAttribute("unit", chosen);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("unitName", chosen == null ? "" : org.nameOf(chosen).orElse(""));
		List<ReceptionRegister.Row> rows = List.of();
		if (chosen != null) {
			try {
				rows = register.rows(actor, chosen, start, end);
			}
			catch (RuleViolationException e) {
				model.addAttribute("problem", flash.text(e.messageKey(), e.arguments()));
			}
		}
		model.addAttribute("rows", rows);
		return "dialogue/register";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam Long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		List<ReceptionRegister.Row> rows = register.rows(CurrentActor.require(), unit, from, to);
		byte[] bytes = sheet.write(org.nameOf(unit).orElse(""), from, to, rows, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("so-tiep-cong-dan-" + from + "-" + to + ".xlsx").build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(bytes);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/export.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam Long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<ReceptionRegister.Row> rows = register.rows(CurrentActor.require(), unit, from, to);
		return file(documents.pdf(unit, from, to, rows), MediaType.APPLICATION_PDF_VALUE,
				"so-tiep-cong-dan-" + from + "-" + to + ".pdf");
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/export.docx")
	ResponseEntity<byte[]> docx(@RequestParam Long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<ReceptionRegister.Row> rows = register.rows(CurrentActor.require(), unit, from, to);
		return file(documents.docx(unit, from, to, rows), OfficialDocuments.DOCX_TYPE,
				"so-tiep-cong-dan-" + from + "-" + to + ".docx");
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(bytes);
	}

}
