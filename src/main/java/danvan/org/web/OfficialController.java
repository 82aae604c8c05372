package danvan.org.web;

import java.util.List;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.Gender;
import danvan.org.Official;
import danvan.org.OfficialService;
import danvan.org.OrgAccess;
import danvan.org.OrgUnitService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RecordsAbout;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** Officials: search, record, edit, and their service history. */
@Controller
class OfficialController {

	private static final int PAGE_SIZE = 25;

	private final OfficialService officials;

	private final OrgUnitService units;

	private final OrgAccess access;

	private final Flash flash;

	private final List<RecordsAbout> records;

	OfficialController(OfficialService officials, OrgUnitService units, OrgAccess access, Flash flash,
			List<RecordsAbout> records) {
		this.records = records;
		this.officials = officials;
		this.units = units;
		this.access = access;
		this.flash = flash;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/org/officials")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.require();
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE, Sort.by("searchName"));
		model.addAttribute("page", officials.search(actor, q, unitId, request));
		model.addAttribute("q", q);
		model.addAttribute("unitId", unitId);
		model.addAttribute("units", units.tree(actor).stream().filter(n -> n.readable()).toList());
		model.addAttribute("canCreate", !units.unitsForOfficials(actor).isEmpty());
		return "org/officials/list";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/org/officials/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Official official = officials.get(actor, id);
		PeriodForm period = new PeriodForm();
		period.setUnitId(official.getUnit().getId());
		period.setVersion(official.getVersion());
		return detailPage(model, official, period);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/org/officials/new")
	String newOfficial(@RequestParam(required = false) Long unitId, Model model) {
		OfficialForm form = new OfficialForm();
		form.setUnitId(unitId);
		return form(model, form, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/org/officials")
	String create(@Valid @ModelAttribute("form") OfficialForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Official official = officials.create(CurrentActor.require(), form.toDraft());
			flash.add(redirect, "org.official.created", official.getFullName());
			return "redirect:/org/officials/" + official.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, null);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/org/officials/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Official official = officials.get(actor, id);
		if (!access.canManageOfficials(actor, official.getUnit())) {
			throw new AccessDeniedException("org: official outside the managed units");
		}
		return form(model, OfficialForm.of(official), official);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/org/officials/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") OfficialForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Official existing = officials.get(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, existing);
		}
		try {
			Official official = officials.update(CurrentActor.require(), id, form.getVersion(), form.toDraft());
			flash.add(redirect, "org.official.saved", official.getFullName());
			return "redirect:/org/officials/" + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, existing);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/org/officials/{id}/periods")
	String addPeriod(@PathVariable Long id, @Valid @ModelAttribute("period") PeriodForm period, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		if (!result.hasErrors()) {
			try {
				officials.addPeriod(actor, id, period.getVersion(), period.toDraft());
				flash.add(redirect, "org.period.added");
				return "redirect:/org/officials/" + id + "#periods";
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return detailPage(model, officials.get(actor, id), period);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/org/officials/{id}/periods/{index}/remove")
	String removePeriod(@PathVariable Long id, @PathVariable int index, @RequestParam long version,
			RedirectAttributes redirect) {
		officials.removePeriod(CurrentActor.require(), id, version, index);
		flash.add(redirect, "org.period.removed");
		return "redirect:/org/officials/" + id + "#periods";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/org/officials/{id}/active")
	String setActive(@PathVariable Long id, @RequestParam long version, @RequestParam boolean active,
			RedirectAttributes redirect) {
		Official official = officials.setActive(CurrentActor.require(), id, version, active);
		flash.add(redirect, "org.official.saved", official.getFullName());
		return "redirect:/org/officials/" + id;
	}

	private String detailPage(Model model, Official official, PeriodForm period) {
		Actor actor = CurrentActor.require();
		model.addAttribute("official", official);
		model.addAttribute("service", official.massMobilizationService(officials.today()));
		model.addAttribute("period", period);
		model.addAttribute("canManage", access.canManageOfficials(actor, official.getUnit()));
		model.addAttribute("periodUnits", units.tree(actor));
		model.addAttribute("records", RecordsAboutPages.about(records, actor, RecordsAbout.Subject.OFFICIAL, official.getId()));
		return "org/officials/detail";
	}

	private String form(Model model, OfficialForm form, Official existing) {
		model.addAttribute("form", form);
		model.addAttribute("official", existing);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("units", units.unitsForOfficials(CurrentActor.require()));
		return "org/officials/form";
	}

}
