package danvan.emulation.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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
import danvan.emulation.Points;
import danvan.emulation.scale.ItemKind;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** Scoring scales: list, tree, adding nodes, thresholds, activation, revision, copy and comparison. */
@Controller
@RequestMapping("/emulation/scales")
class ScaleController {

	private final ScaleService scales;

	private final UnitOptions unitOptions;

	private final EmulationAccess access;

	private final Messages messages;

	ScaleController(ScaleService scales, UnitOptions unitOptions, EmulationAccess access, Messages messages) {
		this.scales = scales;
		this.unitOptions = unitOptions;
		this.access = access;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER })
	@GetMapping
	String list(Model model) {
		model.addAttribute("scales", scales.all());
		model.addAttribute("unitOptions", unitOptions.managedBy(CurrentActor.require()));
		if (!model.containsAttribute("newScale")) {
			model.addAttribute("newScale", new ScaleForms.NewScale("", "", null, null));
		}
		return "emulation/scales/list";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping
	String create(@Valid @ModelAttribute("newScale") ScaleForms.NewScale form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ScoringScale scale = scales.create(CurrentActor.require(), form.family(), form.name(),
						form.ownerUnitId(), form.bonusCap());
				redirect.addFlashAttribute("flash", messages.get("common.saved"));
				return "redirect:/emulation/scales/" + scale.getId();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return list(model);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER })
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		ScoringScale scale = scales.get(id);
		model.addAttribute("scale", scale);
		model.addAttribute("tree", scales.tree(id));
		model.addAttribute("kinds", Arrays.asList(ItemKind.values()));
		model.addAttribute("canManage", access.canManage(CurrentActor.require(), scale.getOwnerUnitId()));
		model.addAttribute("others", scales.all().stream().filter(s -> !s.getId().equals(id)).toList());
		if (!model.containsAttribute("newItem")) {
			model.addAttribute("newItem", new ScaleForms.NewItem("", "", "", ItemKind.CRITERION, null, "", false,
					scale.getVersion()));
		}
		if (!model.containsAttribute("settings")) {
			String lines = scale.getThresholds()
				.stream()
				.map(t -> t.getLabel() + " = " + t.getMinTotal().stripTrailingZeros().toPlainString())
				.collect(Collectors.joining("\n"));
			model.addAttribute("settings", new ScaleForms.Settings(scale.getBonusCap(), lines, scale.getVersion()));
		}
		if (!model.containsAttribute("copy")) {
			model.addAttribute("copy", new ScaleForms.CopyScale("", scale.getName()));
		}
		return "emulation/scales/detail";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/items")
	String addItem(@PathVariable Long id, @Valid @ModelAttribute("newItem") ScaleForms.NewItem form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				scales.addItem(CurrentActor.require(), id, form.version(), form.toDraft());
				redirect.addFlashAttribute("flash", messages.get("common.saved"));
				return "redirect:/emulation/scales/" + id;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return detail(id, model);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/items/revise")
	String reviseItem(@PathVariable Long id, @RequestParam(required = false) String code,
			@RequestParam(required = false) String name, @RequestParam(required = false) String maxPoints,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			var scale = scales.get(id);
			var item = code == null ? null : scale.item(code.trim());
			if (item == null) {
				throw new RuleViolationException("emulation.scale.item.parentUnknown", code == null ? "" : code);
			}
			String newName = name == null || name.isBlank() ? item.getName() : name.trim();
			if (newName.length() > 500 || newName.matches("(?s).*[<>].*")) {
				throw new RuleViolationException("emulation.item.name.invalid");
			}
			var points = maxPoints == null || maxPoints.isBlank() ? item.getMaxPoints() : Points.parse(maxPoints);
			scales.reviseItem(CurrentActor.require(), id, version, item.getCode(), newName, points);
			redirect.addFlashAttribute("flash", messages.get("common.saved"));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/scales/" + id;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/items/remove")
	String removeItem(@PathVariable Long id, @RequestParam(required = false) String code, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			scales.removeItem(CurrentActor.require(), id, version, code == null ? "" : code.trim());
			redirect.addFlashAttribute("flash", messages.get("common.saved"));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/scales/" + id;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/settings")
	String settings(@PathVariable Long id, @Valid @ModelAttribute("settings") ScaleForms.Settings form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				scales.settings(CurrentActor.require(), id, form.version(), form.bonusCap(), form.parsedThresholds());
				redirect.addFlashAttribute("flash", messages.get("common.saved"));
				return "redirect:/emulation/scales/" + id;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return detail(id, model);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			scales.activate(CurrentActor.require(), id, version);
			redirect.addFlashAttribute("flash", messages.get("emulation.scale.activated"));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return "redirect:/emulation/scales/" + id;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/revise")
	String revise(@PathVariable Long id, RedirectAttributes redirect) {
		ScoringScale revised = scales.revise(CurrentActor.require(), id);
		redirect.addFlashAttribute("flash", messages.get("emulation.scale.revised", revised.getVersionNo()));
		return "redirect:/emulation/scales/" + revised.getId();
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/copy")
	String copy(@PathVariable Long id, @Valid @ModelAttribute("copy") ScaleForms.CopyScale form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ScoringScale copy = scales.copyAsNew(CurrentActor.require(), id, form.family(), form.name());
				redirect.addFlashAttribute("flash", messages.get("common.saved"));
				return "redirect:/emulation/scales/" + copy.getId();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return detail(id, model);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER, UNIT_OFFICER })
	@GetMapping("/{id}/diff")
	String diff(@PathVariable Long id, @RequestParam Long other, Model model) {
		model.addAttribute("older", scales.get(other));
		model.addAttribute("newer", scales.get(id));
		model.addAttribute("diff", scales.diff(other, id));
		return "emulation/scales/diff";
	}

}
