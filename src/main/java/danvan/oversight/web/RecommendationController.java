package danvan.oversight.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import danvan.oversight.UnitScope;
import danvan.oversight.inspection.Fulfilment;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionFilter;
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

	private final RecommendationService recommendations;

	private final InspectionService inspections;

	private final UnitScope scope;

	private final Choices choices;

	private final OrgDirectory org;

	private final Flash flash;

	RecommendationController(RecommendationService recommendations, InspectionService inspections, UnitScope scope,
			Choices choices, OrgDirectory org, Flash flash) {
		this.recommendations = recommendations;
		this.inspections = inspections;
		this.scope = scope;
		this.choices = choices;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	/** Every recommendation the actor may see, with the overdue and escalated ones flagged. */
	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/oversight/recommendations")
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) RecommendationStatus status,
			@RequestParam(required = false) Boolean escalated,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Actor actor = CurrentActor.require();
		LocalDate today = inspections.today();
		Map<Long, Inspection> visible = inspections.list(actor, InspectionFilter.none())
			.stream()
			.collect(Collectors.toMap(Inspection::getId, Function.identity()));
		Set<Long> subtree = unit == null ? null : scope.subtree(unit);
		List<Recommendation> found = recommendations.ofInspections(visible.keySet())
			.stream()
			.filter(r -> recommendations.of(actor, visible.get(r.getInspectionId())).contains(r))
			.filter(r -> subtree == null || subtree.contains(r.getAddresseeUnitId()))
			.filter(r -> status == null || r.statusOn(today) == status)
			.filter(r -> !Boolean.TRUE.equals(escalated) || r.getEscalatedOn() != null)
			.filter(r -> from == null || !r.getIssuedOn().isBefore(from))
			.filter(r -> to == null || !r.getIssuedOn().isAfter(to))
			.sorted(java.util.Comparator.comparing(Recommendation::getDue))
			.toList();
		model.addAttribute("recommendations", found);
		model.addAttribute("addresseeNames", found.stream().collect(Collectors.toMap(Recommendation::getId,
				recommendations::addresseeName)));
		model.addAttribute("inspections", visible);
		model.addAttribute("rate", Fulfilment.of(found));
		model.addAttribute("today", today);
		model.addAttribute("statuses", RecommendationStatus.values());
		model.addAttribute("unitOptions", choices.units(actor));
		model.addAttribute("unit", unit);
		model.addAttribute("status", status);
		model.addAttribute("escalated", escalated);
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
			redirect.addFlashAttribute("problemForm", form);
			redirect.addFlashAttribute("problemField", e.field());
			redirect.addFlashAttribute("problem", flash.text(e.messageKey(), e.arguments()));
		}
		return "redirect:/oversight/inspections/" + inspectionId + "#recommendations";
	}

}
