package danvan.oversight.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgDirectory;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.Recommendation;
import danvan.oversight.inspection.RecommendationDraft;
import danvan.oversight.inspection.RecommendationService;
import danvan.oversight.inspection.RecommendationStatus;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** Recommendations: issued on an inspection, answered by their addressee, accepted by the body; the board's list. */
@Controller
class RecommendationController {

	static final int PAGE_SIZE = 100;

	private final RecommendationService recommendations;

	private final InspectionService inspections;

	private final Choices choices;

	private final OrgDirectory org;

	private final Flash flash;

	RecommendationController(RecommendationService recommendations, InspectionService inspections,
			Choices choices, OrgDirectory org, Flash flash) {
		this.recommendations = recommendations;
		this.inspections = inspections;
		this.choices = choices;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	/** Every recommendation the actor may see, with the overdue and escalated ones flagged, a page at a time. */
	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/oversight/recommendations")
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) RecommendationStatus status,
			@RequestParam(required = false) Boolean escalated,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.require();
		RecommendationService.Found found = recommendations.page(actor,
				new RecommendationService.Filter(unit, status, escalated, from, to),
				PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE));
		List<Recommendation> shown = found.page().getContent();
		model.addAttribute("page", found.page());
		model.addAttribute("recommendations", shown);
		model.addAttribute("addresseeNames", shown.stream().collect(Collectors.toMap(Recommendation::getId,
				recommendations::addresseeName)));
		model.addAttribute("inspections", inspections.byId(shown.stream().map(Recommendation::getInspectionId).toList()));
		model.addAttribute("rate", found.rate());
		model.addAttribute("today", inspections.today());
		model.addAttribute("statuses", RecommendationStatus.values());
		model.addAttribute("unitOptions", choices.units(actor));
		model.addAttribute("unit", unit);
		model.addAttribute("status", status);
		model.addAttribute("escalated", escalated);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "oversight/recommendations/list";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/oversight/inspections/{id}/recommendations")
	String add(@PathVariable Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long addresseeUnitId,
			@RequestParam(required = false) Long addresseeOfficialId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			RedirectAttributes redirect) {
		inspections.handled(CurrentActor.require(), id);
		return act(id, "recommend", redirect, () -> recommendations.add(CurrentActor.require(), id, version,
				new RecommendationDraft(Texts.text("text", text, 2000), addresseeUnitId, addresseeOfficialId, due)));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/oversight/recommendations/{id}/reply")
	String reply(@PathVariable Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(defaultValue = "false") boolean done, @RequestParam(required = false) String note,
			@RequestParam(required = false) MultipartFile evidence, RedirectAttributes redirect) {
		Recommendation r = recommendations.get(CurrentActor.require(), id);
		return act(r.getInspectionId(), "reply-" + id, redirect, () -> recommendations.reply(CurrentActor.require(), id,
				version, done, Texts.text("note", note, 2000), evidence));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/oversight/recommendations/{id}/accept")
	String accept(@PathVariable Long id, @RequestParam(defaultValue = "0") long version, RedirectAttributes redirect) {
		Recommendation r = recommendations.get(CurrentActor.require(), id);
		return act(r.getInspectionId(), "accept-" + id, redirect,
				() -> recommendations.accept(CurrentActor.require(), id, version));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/oversight/recommendations/{id}/send-back")
	String sendBack(@PathVariable Long id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Recommendation r = recommendations.get(CurrentActor.require(), id);
		return act(r.getInspectionId(), "accept-" + id, redirect,
				() -> recommendations.sendBack(CurrentActor.require(), id, version, Texts.text("reason", reason, 2000)));
	}

	private String act(Long inspectionId, String form, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			flash.add(redirect, "oversight.recommendation.saved");
		}
		catch (RuleViolationException e) {
			flash.problem(redirect, form, e);
		}
		return "redirect:/oversight/inspections/" + inspectionId + "#recommendations";
	}

}
