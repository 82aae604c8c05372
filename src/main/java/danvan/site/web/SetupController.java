package danvan.site.web;

import static danvan.platform.security.Role.ADMIN;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgUnitService;
import danvan.org.UnitDraft;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;
import danvan.site.SiteIdentityService;

/**
 * The first sign-in of a new installation: whom it belongs to. The owning unit is picked from the tree or
 * created here; once saved the portal opens and this page sends on to the settings page.
 */
@Controller
class SetupController {

	static final String PATH = "/admin/setup";

	private final SiteIdentityService site;

	private final OrgUnitService units;

	private final Flash flash;

	SetupController(SiteIdentityService site, OrgUnitService units, Flash flash) {
		this.site = site;
		this.units = units;
		this.flash = flash;
	}

	@Access(roles = ADMIN)
	@GetMapping(PATH)
	String start(Model model) {
		if (site.current().configured()) {
			return "redirect:" + SiteSettingsController.PATH;
		}
		SiteForm form = new SiteForm();
		form.setNewUnit(SiteSettingsController.ownerChoices(units, null).isEmpty());
		return form(model, form);
	}

	@Access(roles = ADMIN)
	@PostMapping(PATH)
	String setUp(@Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (site.current().configured()) {
			return "redirect:" + SiteSettingsController.PATH;
		}
		if (form.isNewUnit()) {
			requireUnitFields(form, result);
		}
		if (!result.hasErrors()) {
			try {
				UnitDraft newUnit = form.isNewUnit() ? new UnitDraft(form.getUnitCode(), form.getUnitName().trim(),
						form.getUnitKindId(), form.getUnitLevelId(), form.getUnitParentId(), null, null, null) : null;
				site.setUp(CurrentActor.require(), newUnit, form.toDraft(form.getOwnerUnitId()), form.getLogo());
				flash.add(redirect, "site.setup.done");
				return "redirect:/dashboard";
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		response.setStatus(422);
		return form(model, form);
	}

	private static void requireUnitFields(SiteForm form, BindingResult result) {
		if (form.getUnitName() == null || form.getUnitName().isBlank()) {
			result.rejectValue("unitName", "site.setup.unitNameRequired");
		}
		if (form.getUnitCode() == null || !form.getUnitCode().trim().matches("[A-Za-z0-9_-]{2,30}")) {
			result.rejectValue("unitCode", "org.unit.codeInvalid");
		}
	}

	private String form(Model model, SiteForm form) {
		model.addAttribute("form", form);
		model.addAttribute("units", SiteSettingsController.ownerChoices(units, null));
		model.addAttribute("kinds", units.kinds());
		model.addAttribute("levels", units.levels());
		model.addAttribute("languages", SiteChoices.LANGUAGES);
		return "site/setup";
	}

}
