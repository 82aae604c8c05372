package danvan.reporting.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgDirectory;
import danvan.org.UnitPicker;
import danvan.platform.documents.OfficialDocuments;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.security.PathAccess;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;
import danvan.reporting.figures.IndicatorFigures;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportAnnex;
import danvan.reporting.report.ReportDocuments;
import danvan.reporting.report.ReportService;

/** Reports: the list, a new report compiled for a unit and period, writing, figures, the workflow, downloads. */
@Controller
class ReportController {

	private final ReportService reports;

	private final ReportDocuments documents;

	private final UnitPicker units;

	private final OrgDirectory org;

	private final PathAccess paths;

	private final MessageSource messages;

	private final Flash flash;

	private final IndicatorFigures indicators;

	private final ReportAnnex annexes;

	ReportController(ReportService reports, ReportDocuments documents, UnitPicker units, OrgDirectory org,
			PathAccess paths, MessageSource messages, Flash flash, IndicatorFigures indicators, ReportAnnex annexes) {
		this.annexes = annexes;
		this.indicators = indicators;
		this.flash = flash;
		this.reports = reports;
		this.documents = documents;
		this.units = units;
		this.org = org;
		this.paths = paths;
		this.messages = messages;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/reporting/reports")
	String list(Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		model.addAttribute("reports", reports.visibleTo(actor, null));
		model.addAttribute("names", org);
		model.addAttribute("kinds", reports.kinds());
		model.addAttribute("units", units.readableBy(actor, messages.getMessage("reporting.figures.ended", null, locale)));
		if (!model.containsAttribute("selectedUnit")) {
			model.addAttribute("selectedUnit", actor.homeUnitId());
		}
		model.addAttribute("canCreate", actor.hasRole(ADMIN) || actor.hasRole(BOARD_OFFICER) || actor.hasRole(UNIT_OFFICER));
		return "reporting/reports";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping("/reporting/reports")
	String create(@RequestParam(required = false) String kind, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String periodLabel, Model model, Locale locale, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		try {
			Report report = reports.create(actor, new ReportService.NewReport(kind, unit, null, from, to, periodLabel));
			this.flash.add(flash, "reporting.report.created");
			return "redirect:/reporting/reports/" + report.getId();
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), locale));
			model.addAttribute("selectedUnit", unit);
			model.addAttribute("form", Map.of("kind", kind == null ? "" : kind, "unit", unit == null ? -1L : unit,
					"from", from == null ? "" : from.toString(), "to", to == null ? "" : to.toString(),
					"periodLabel", periodLabel == null ? "" : periodLabel));
			return list(model, locale);
		}
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/reporting/reports/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Report report = reports.get(actor, id);
		Map<String, String> links = new HashMap<>();
		report.getFigures().forEach(f -> {
			if (paths.mayOpen(actor, f.getRecordsPath())) {
				links.put(f.getCode(), f.getRecordsPath());
			}
		});
		model.addAttribute("report", report);
		model.addAttribute("indicatorNames", indicators.catalogue()
			.stream()
			.collect(java.util.stream.Collectors.toMap(i -> i.code(), i -> i.nameKey())));
		model.addAttribute("links", links);
		model.addAttribute("unitName", org.nameOf(report.getUnitId()).orElse(""));
		model.addAttribute("canWrite", reports.canWrite(actor, report));
		model.addAttribute("canReceive", reports.canReceive(actor, report));
		return "reporting/report";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/reporting/reports/{id}")
	String act(@PathVariable Long id, @RequestParam long version, @RequestParam String action,
			@RequestParam Map<String, String> form, RedirectAttributes flash, Locale locale) {
		Actor actor = CurrentActor.require();
		reports.get(actor, id);
		try {
			switch (action) {
				case "save" -> reports.write(actor, id, version, narratives(form), form.get("number"),
						form.get("recommendations"));
				case "recompile" -> reports.recompile(actor, id, version);
				case "override" -> reports.override(actor, id, version, parseLong(form.get("figure")),
						decimal(form.get("value")), form.get("note"));
				case "submit" -> reports.submit(actor, id, version);
				case "return" -> reports.returnWith(actor, id, version, form.get("comment"));
				case "accept" -> reports.accept(actor, id, version);
				default -> throw new RuleViolationException("reporting.report.unknownAction");
			}
			this.flash.add(flash, "reporting.report.done." + action);
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/reporting/reports/" + id;
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping({ "/reporting/reports/{id}/document.docx", "/api/reporting/reports/{id}/document.docx" })
	@Operation(summary = "reporting.api.docx.summary", description = "reporting.api.docx.description")
	ResponseEntity<byte[]> docx(@Parameter(description = "reporting.api.report.id") @PathVariable Long id) {
		Report report = reports.get(CurrentActor.require(), id);
		return download(documents.docx(report), MediaType.parseMediaType(OfficialDocuments.DOCX_TYPE),
				"bao-cao-" + id + ".docx");
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping({ "/reporting/reports/{id}/document.pdf", "/api/reporting/reports/{id}/document.pdf" })
	@Operation(summary = "reporting.api.pdf.summary", description = "reporting.api.pdf.description")
	ResponseEntity<byte[]> pdf(@Parameter(description = "reporting.api.report.id") @PathVariable Long id) {
		Report report = reports.get(CurrentActor.require(), id);
		return download(documents.pdf(report), MediaType.APPLICATION_PDF, "bao-cao-" + id + ".pdf");
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping({ "/reporting/reports/{id}/annex.xlsx", "/api/reporting/reports/{id}/annex.xlsx" })
	@Operation(summary = "reporting.api.annex.summary", description = "reporting.api.annex.description")
	ResponseEntity<byte[]> annex(@Parameter(description = "reporting.api.report.id") @PathVariable Long id) {
		Actor actor = CurrentActor.require();
		Report report = reports.get(actor, id);
		return download(annexes.xlsx(actor, report),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"phu-luc-bao-cao-" + id + ".xlsx");
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	private static Map<Integer, String> narratives(Map<String, String> form) {
		Map<Integer, String> out = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.matches("section\\d{1,3}")) {
				out.put(Integer.valueOf(key.substring(7)), value);
			}
		});
		return out;
	}

	private static Long parseLong(String value) {
		return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
	}

	private static BigDecimal decimal(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String plain = value.strip().replace(".", "").replace(',', '.');
		if (!plain.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
			throw RuleViolationException.onField("value", "reporting.report.badNumber");
		}
		return new BigDecimal(plain);
	}

}
