package danvan.emulation.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
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

import danvan.emulation.EmulationAccess;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementKind;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.TieBreak;
import danvan.emulation.pledge.PledgeService;
import danvan.emulation.scale.ScaleService;
import danvan.org.OrgDirectory;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** Movements: the list, the form, the detail page and its status change. */
@Controller
@RequestMapping("/emulation/movements")
class MovementController {

	private final MovementService movements;

	private final ScaleService scales;

	private final UnitOptions unitOptions;

	private final EmulationAccess access;

	private final OrgDirectory org;

	private final Messages messages;

	private final PledgeService pledges;

	MovementController(MovementService movements, ScaleService scales, UnitOptions unitOptions,
			EmulationAccess access, OrgDirectory org, Messages messages, PledgeService pledges) {
		this.pledges = pledges;
		this.movements = movements;
		this.scales = scales;
		this.unitOptions = unitOptions;
		this.access = access;
		this.org = org;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER })
	@GetMapping
	String list(Model model) {
		model.addAttribute("movements", movements.all());
		return "emulation/movements/list";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new MovementForm(), null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping
	String create(@Valid @ModelAttribute("form") MovementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Movement created = movements.create(CurrentActor.require(), form.toDraft());
				redirect.addFlashAttribute("flash", messages.get("common.saved"));
				return "redirect:/emulation/movements/" + created.getId();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return form(model, form, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Movement movement = movements.get(id);
		if (!access.canManage(CurrentActor.require(), movement.getOrganiserUnitId())) {
			throw new AccessDeniedException("emulation: not a manager of this movement");
		}
		return form(model, MovementForm.of(movement), id);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") MovementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				movements.update(CurrentActor.require(), id, form.getVersion(), form.toDraft());
				redirect.addFlashAttribute("flash", messages.get("common.saved"));
				return "redirect:/emulation/movements/" + id;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return form(model, form, id);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Movement movement = movements.get(id);
		model.addAttribute("movement", movement);
		model.addAttribute("scale", scales.get(movement.getScaleId()));
		model.addAttribute("organiser", org.nameOf(movement.getOrganiserUnitId()).orElse(""));
		model.addAttribute("unitNames", UnitLabels.of(org, movement));
		model.addAttribute("canManage", access.canManage(actor, movement.getOrganiserUnitId()));
		model.addAttribute("canOversee", access.holdsReviewerRoleOver(actor, movement.getOrganiserUnitId()));
		model.addAttribute("pledges", pledges.byUnit(id));
		model.addAttribute("unitOptions", unitOptions.managedBy(actor));
		model.addAttribute("myUnits", movement.getParticipants()
			.stream()
			.filter(p -> access.canActFor(actor, p.getUnitId()))
			.map(p -> p.getUnitId())
			.toList());
		return "emulation/movements/detail";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/advance")
	String advance(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		Movement movement = movements.advance(CurrentActor.require(), id, version);
		redirect.addFlashAttribute("flash",
				messages.get("emulation.movement.advanced", messages.get("emulation.status." + movement.getStatus())));
		return "redirect:/emulation/movements/" + id;
	}

	private String form(Model model, MovementForm form, Long id) {
		Actor actor = CurrentActor.require();
		model.addAttribute("form", form);
		model.addAttribute("movementId", id);
		model.addAttribute("kinds", Arrays.asList(MovementKind.values()));
		model.addAttribute("tieBreaks", Arrays.asList(TieBreak.values()));
		model.addAttribute("unitOptions", unitOptions.managedBy(actor));
		model.addAttribute("scales", scales.all());
		return "emulation/movements/form";
	}

	static List<String> split(String csv) {
		return csv == null ? List.of()
				: Arrays.stream(csv.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
