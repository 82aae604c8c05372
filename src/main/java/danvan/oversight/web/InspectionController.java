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
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgDirectory;
import danvan.oversight.CommitteeService;
import danvan.oversight.Topics;
import danvan.oversight.inspection.Fulfilment;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionFilter;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.InspectionSheet;
import danvan.oversight.inspection.InspectionStatus;
import danvan.oversight.inspection.Recommendation;
import danvan.oversight.inspection.RecommendationService;
import danvan.oversight.plan.InspectionPlanService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** Inspections and supervisions: the list with its filters and export, the preparation form, the record. */
@Controller
@RequestMapping("/oversight/inspections")
class InspectionController {

	static final int PAGE_SIZE = 50;

	private final InspectionService inspections;

	private final RecommendationService recommendations;

	private final InspectionPlanService plans;

	private final InspectionSheet sheet;

	private final Topics topics;

	private final Choices choices;

	private final OrgDirectory org;

	private final Flash flash;

	private final CommitteeService committees;

	InspectionController(InspectionService inspections, RecommendationService recommendations, InspectionPlanService plans,
			InspectionSheet sheet, Topics topics, Choices choices, OrgDirectory org, Flash flash, CommitteeService committees) {
		this.committees = committees;
		this.inspections = inspections;
		this.recommendations = recommendations;
		this.plans = plans;
		this.sheet = sheet;
		this.topics = topics;
		this.choices = choices;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) InspectionKind kind, @RequestParam(required = false) InspectionForm form,
			@RequestParam(required = false) String topic, @RequestParam(required = false) InspectionStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean planned, @RequestParam(required = false) Boolean concluded,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.require();
		InspectionFilter filter = new InspectionFilter(unit, year, kind, form, topic, status, overdue, q, from, to,
				planned, concluded);
		Page<Inspection> found = inspections.page(actor, filter, PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE));
		if (found.getNumber() >= found.getTotalPages() && found.getTotalPages() > 0) {
			found = inspections.page(actor, filter, PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE));
		}
		Map<Long, List<Recommendation>> recs = recommendations.ofInspections(found.map(Inspection::getId).getContent())
			.stream()
			.collect(Collectors.groupingBy(Recommendation::getInspectionId));
		model.addAttribute("page", found);
		model.addAttribute("inspections", found.getContent());
		model.addAttribute("rates", found.stream().collect(Collectors.toMap(Inspection::getId,
				i -> Fulfilment.of(recs.getOrDefault(i.getId(), List.of())))));
		model.addAttribute("filter", filter);
		model.addAttribute("unitOptions", choices.units(actor));
		model.addAttribute("topicNames", topics.active());
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("forms", InspectionForm.values());
		model.addAttribute("statuses", InspectionStatus.values());
		model.addAttribute("canCreate", !choices.units(actor).isEmpty());
		return "oversight/inspections/list";
	}

	/** The list as it is filtered on the screen, every page of it. */
	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) InspectionKind kind, @RequestParam(required = false) InspectionForm form,
			@RequestParam(required = false) String topic, @RequestParam(required = false) InspectionStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean planned, @RequestParam(required = false) Boolean concluded) {
		List<Inspection> found = inspections.list(CurrentActor.require(),
				new InspectionFilter(unit, year, kind, form, topic, status, overdue, q, from, to, planned, concluded));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("kiem-tra-giam-sat.xlsx").build().toString())
			.body(sheet.of(found, inspections.today()));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long plan, Model model) {
		InspectionEdit form = new InspectionEdit();
		form.setWorkFrom(inspections.today());
		form.setPlanId(plan);
		return form(model, form, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@Valid @ModelAttribute("form") InspectionEdit form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Inspection i = inspections.create(CurrentActor.require(), form.draft());
			flash.add(redirect, "oversight.inspection.saved");
			return "redirect:/oversight/inspections/" + i.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, null);
		}
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Inspection i = inspections.get(actor, id);
		List<Recommendation> recs = recommendations.of(actor, i);
		model.addAttribute("inspection", i);
		model.addAttribute("steps", inspections.steps(actor, id));
		model.addAttribute("recommendations", recs);
		model.addAttribute("rate", Fulfilment.of(recs));
		model.addAttribute("byUnit", recommendations.byAddressee(recs));
		model.addAttribute("answerable", recs.stream().filter(r -> recommendations.answers(actor, r))
			.map(Recommendation::getId).collect(Collectors.toSet()));
		model.addAttribute("today", inspections.today());
		model.addAttribute("noticeShortfall", inspections.noticeShortfall(i).orElse(null));
		Map<String, String> topicNames = topics.active();
		model.addAttribute("topicLine", String.join("; ", i.topicList().stream().map(t -> topicNames.getOrDefault(t, t)).toList()));
		model.addAttribute("officialNames", java.util.stream.Stream.concat(i.getTeam().stream().map(m -> m.getOfficialId()),
				i.getInspectedOfficials().stream().map(o -> o.getOfficialId()))
			.distinct()
			.collect(Collectors.toMap(o -> o, o -> org.official(o).map(OrgDirectory.OfficialRef::fullName).orElse(""))));
		model.addAttribute("addresseeNames", recs.stream().collect(Collectors.toMap(Recommendation::getId,
				recommendations::addresseeName)));
		model.addAttribute("canHandle", inspections.handles(actor, i));
		committees.named(i.getCommitteeId()).ifPresent(c -> {
			model.addAttribute("committee", c);
			model.addAttribute("committeeReadable", committees.reads(actor, c));
		});
		model.addAttribute("addressees", inspections.handles(actor, i) ? i.inspectedUnitList() : List.of());
		return "oversight/inspections/detail";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		return form(model, InspectionEdit.of(inspections.handled(CurrentActor.require(), id)), id);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") InspectionEdit form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		inspections.handled(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			inspections.update(CurrentActor.require(), id, form.getVersion(), form.draft());
			flash.add(redirect, "oversight.inspection.saved");
			return "redirect:/oversight/inspections/" + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, id);
		}
	}

	private String form(Model model, InspectionEdit form, Long id) {
		Actor actor = CurrentActor.require();
		model.addAttribute("form", form);
		model.addAttribute("inspectionId", id);
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("forms", InspectionForm.values());
		model.addAttribute("unitOptions", choices.units(actor));
		model.addAttribute("officialOptions", choices.officials(actor));
		model.addAttribute("topicNames", topics.active());
		model.addAttribute("planOptions", plans.handledBy(actor));
		model.addAttribute("committeeOptions", committees.handledBy(actor));
		return "oversight/inspections/form";
	}

}
