package danvan.emulation.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.emulation.Points;
import danvan.emulation.results.ResultPdfExporter;
import danvan.emulation.results.ResultRevision;
import danvan.emulation.results.ResultService;
import danvan.emulation.results.ResultSheetExporter;
import danvan.emulation.scale.ScaleService;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.RuleViolationException;

/** The board's results page: standings, Excel and PDF exports, publication, corrections and revisions. */
@Controller
@RequestMapping("/emulation/movements/{id}/results")
class ResultController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ResultService results;

	private final ScaleService scales;

	private final ResultPdfExporter pdfs;

	private final Messages messages;

	ResultController(ResultService results, ScaleService scales, ResultPdfExporter pdfs, Messages messages) {
		this.results = results;
		this.scales = scales;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping
	String page(@PathVariable Long id, @RequestParam(required = false) Integer revision, Model model) {
		ResultService.Results shown = results.results(CurrentActor.require(), id);
		model.addAttribute("results", shown);
		model.addAttribute("movement", shown.movement());
		model.addAttribute("canPublish", results.canPublish(CurrentActor.require(), shown.movement()));
		model.addAttribute("canOversee", results.canOversee(CurrentActor.require(), shown.movement()));
		model.addAttribute("revisions", results.revisions(id));
		int changesOf = revision != null ? revision : shown.revision() == null ? 0 : shown.revision().getRevisionNo();
		model.addAttribute("changesOf", changesOf);
		model.addAttribute("changes", results.changes(id, changesOf));
		model.addAttribute("items", scales.get(shown.movement().getScaleId()).scoredItems());
		return "emulation/results/page";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping(value = "", params = "format=xlsx")
	ResponseEntity<byte[]> excel(@PathVariable Long id) {
		ResultService.Results shown = results.results(CurrentActor.require(), id);
		return Downloads.attachment(XLSX, "ket-qua-thi-dua-" + id,
				messages.get("emulation.print.fileName", shown.movement().getName()), ".xlsx")
			.body(ResultSheetExporter.export(shown));
	}

	/** The same rows as the Excel export, in the layout boards print and sign. */
	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping(value = "", params = "format=pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Locale locale) {
		ResultService.Results shown = results.results(CurrentActor.require(), id);
		return Downloads.attachment(MediaType.APPLICATION_PDF, "ket-qua-thi-dua-" + id,
				messages.get("emulation.print.fileName", shown.movement().getName()), ".pdf")
			.body(pdfs.export(shown, locale));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/publish")
	String publish(@PathVariable Long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			ResultRevision revision = results.publish(CurrentActor.require(), id, note);
			redirect.addFlashAttribute("flash", messages.get("emulation.result.published", revision.getRevisionNo()));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/movements/" + id + "/results";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/nominations")
	String nominate(@PathVariable Long id, @RequestParam(required = false) String rule,
			@RequestParam(required = false, defaultValue = "1") String n, RedirectAttributes redirect) {
		try {
			int top = n.matches("\\d{1,3}") ? Integer.parseInt(n) : 0;
			var nominees = results.requestNominations(CurrentActor.require(), id, rule, top);
			redirect.addFlashAttribute("flash", messages.get("emulation.nomination.sent", nominees.size()));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/movements/" + id + "/results";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/corrections")
	String correct(@PathVariable Long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long itemId, @RequestParam(required = false) String points,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			if (unitId == null || (points != null && points.length() > 12)) {
				throw new RuleViolationException("emulation.movement.participant.unknown");
			}
			results.correct(CurrentActor.require(), id, unitId, itemId, Points.parse(points), reason);
			redirect.addFlashAttribute("flash", messages.get("emulation.result.corrected"));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/movements/" + id + "/results";
	}

}
