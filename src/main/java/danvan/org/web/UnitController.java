package danvan.org.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.OrgScope.UNIT;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OfficialService;
import danvan.org.OrgAccess;
import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.org.UnitNode;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RecordsAbout;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** The unit tree: browse, add, edit, move, merge, deactivate. */
@Controller
class UnitController {

	private final OrgUnitService units;

	private final OfficialService officials;

	private final OrgAccess access;

	private final Flash flash;

	private final List<RecordsAbout> records;

	UnitController(OrgUnitService units, OfficialService officials, OrgAccess access, Flash flash,
			List<RecordsAbout> records) {
		this.records = records;
		this.units = units;
		this.officials = officials;
		this.access = access;
		this.flash = flash;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/org/units")
	String tree(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(required = false) String on, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("q", q);
		model.addAttribute("inactive", inactive);
		model.addAttribute("on", on);
		LocalDate day = parseDay(on);
		if (on != null && !on.isBlank() && day == null) {
			model.addAttribute("onError", true);
		}
		model.addAttribute("day", day);
		if (q != null && !q.isBlank()) {
			model.addAttribute("matches", units.search(actor, q));
		}
		else if (day != null) {
			model.addAttribute("nodes", units.treeOn(actor, day));
		}
		else {
			model.addAttribute("nodes", units.tree(actor)
				.stream()
				.filter(n -> inactive || n.unit().isActive())
				.toList());
		}
		model.addAttribute("canCreate", !units.possibleParents(actor).isEmpty());
		return "org/units/tree";
	}

	/** The "on date" filter: a calendar date, or none when empty or not a date (the page then says so). */
	private static LocalDate parseDay(String on) {
		if (on == null || on.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(on.trim());
			return day.getYear() < 1900 || day.getYear() > 2100 ? null : day;
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	@Access(value = SIGNED_IN, scope = UNIT, unit = "id")
	@GetMapping("/org/units/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		OrgUnit unit = units.get(actor, id);
		List<OrgUnit> mergedFrom = units.mergedInto(id);
		model.addAttribute("unit", unit);
		model.addAttribute("children", units.children(id));
		model.addAttribute("mergedFrom", mergedFrom);
		model.addAttribute("readable", readable(actor, unit, mergedFrom));
		model.addAttribute("officials", officials.inUnit(id));
		model.addAttribute("canManage", access.canManageUnit(actor, unit));
		model.addAttribute("records", RecordsAboutPages.about(records, actor, RecordsAbout.Subject.UNIT, id));
		return "org/units/detail";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@GetMapping("/org/units/new")
	String newUnit(@RequestParam(required = false) Long parentId, Model model) {
		UnitForm form = new UnitForm();
		form.setParentId(parentId);
		return form(model, form, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/org/units")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			OrgUnit unit = units.create(CurrentActor.require(), form.toDraft());
			flash.add(redirect, "org.unit.created", unit.getName());
			return "redirect:/org/units/" + unit.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, null);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = UNIT, unit = "id")
	@GetMapping("/org/units/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		OrgUnit unit = units.get(CurrentActor.require(), id);
		return form(model, UnitForm.of(unit), unit);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = UNIT, unit = "id")
	@PostMapping("/org/units/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnit existing = units.get(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, existing);
		}
		try {
			OrgUnit unit = units.update(CurrentActor.require(), id, form.getVersion(), form.toDraft());
			flash.add(redirect, "org.unit.saved", unit.getName());
			return "redirect:/org/units/" + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, existing);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = UNIT, unit = "id")
	@PostMapping("/org/units/{id}/deactivate")
	String deactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		OrgUnit unit = units.deactivate(CurrentActor.require(), id, version);
		flash.add(redirect, "org.unit.deactivated", unit.getName());
		return "redirect:/org/units/" + id;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = UNIT, unit = "id")
	@PostMapping("/org/units/{id}/reactivate")
	String reactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		OrgUnit unit = units.reactivate(CurrentActor.require(), id, version);
		flash.add(redirect, "org.unit.reactivated", unit.getName());
		return "redirect:/org/units/" + id;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = UNIT, unit = "id")
	@GetMapping("/org/units/{id}/merge")
	String mergeForm(@PathVariable Long id, Model model) {
		return mergePage(model, units.get(CurrentActor.require(), id), null, null, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = UNIT, unit = "id")
	@PostMapping("/org/units/{id}/merge")
	String merge(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) Long targetId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			OrgUnit unit = units.merge(actor, id, version, targetId, effectiveOn, basis);
			flash.add(redirect, "org.unit.merged", unit.getName());
			return "redirect:/org/units/" + id;
		}
		catch (RuleViolationException e) {
			String error = flash.text(e.messageKey(), e.arguments());
			model.addAttribute("basis", basis);
			return mergePage(model, units.get(actor, id), targetId, effectiveOn, error);
		}
	}

	/** The neighbouring units the viewer may open: others are named without a link. */
	private Set<Long> readable(Actor actor, OrgUnit unit, List<OrgUnit> mergedFrom) {
		Set<Long> ids = new HashSet<>();
		Stream.concat(Stream.of(unit.getParent(), unit.getMergedInto()), mergedFrom.stream())
			.filter(u -> u != null && access.canRead(actor, u))
			.forEach(u -> ids.add(u.getId()));
		return ids;
	}

	private String mergePage(Model model, OrgUnit unit, Long targetId, LocalDate effectiveOn, String error) {
		Actor actor = CurrentActor.require();
		model.addAttribute("unit", unit);
		model.addAttribute("targets", units.possibleParents(actor)
			.stream()
			.filter(n -> !n.unit().isWithin(unit))
			.toList());
		model.addAttribute("targetId", targetId);
		model.addAttribute("effectiveOn", effectiveOn);
		model.addAttribute("error", error);
		return "org/units/merge";
	}

	private String form(Model model, UnitForm form, OrgUnit existing) {
		Actor actor = CurrentActor.require();
		model.addAttribute("form", form);
		model.addAttribute("unit", existing);
		model.addAttribute("kinds", units.kinds());
		model.addAttribute("levels", units.levels());
		List<UnitNode> parents = new ArrayList<>(units.possibleParents(actor)
			.stream()
			.filter(n -> existing == null || !n.unit().isWithin(existing))
			.toList());
		OrgUnit currentParent = existing == null ? null : existing.getParent();
		if (currentParent != null && parents.stream().noneMatch(n -> n.unit().getId().equals(currentParent.getId()))) {
			parents.add(0, new UnitNode(currentParent, 0, false));
		}
		model.addAttribute("parents", parents);
		model.addAttribute("canCreateRoot", units.canCreateRoot(actor));
		return "org/units/form";
	}

}
