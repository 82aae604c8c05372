package danvan.site.web;

import static danvan.platform.security.Role.ADMIN;

import java.time.format.DateTimeFormatter;
import java.util.List;

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
import danvan.org.UnitNode;
import danvan.platform.AppClock;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;
import danvan.site.SiteIdentityService;
import danvan.site.SiteProfile;

/** The administrator's one page for the site's identity ("Thông tin đơn vị sử dụng"). */
@Controller
class SiteSettingsController {

	static final String PATH = "/admin/site";

	private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(AppClock.VIETNAM);

	private final SiteIdentityService site;

	private final OrgUnitService units;

	private final Flash flash;

	SiteSettingsController(SiteIdentityService site, OrgUnitService units, Flash flash) {
		this.site = site;
		this.units = units;
		this.flash = flash;
	}

	@Access(roles = ADMIN)
	@GetMapping(PATH)
	String edit(Model model) {
		SiteProfile profile = site.profile().orElse(null);
		if (profile == null) {
			return "redirect:" + SetupController.PATH;
		}
		model.addAttribute("updated", profile.getUpdatedAt() == null ? null
				: new Updated(CHANGED.format(profile.getUpdatedAt()), profile.getUpdatedBy()));
		return form(model, SiteForm.of(profile));
	}

	/** When the identity was last saved and by whom, as the page says it. */
	record Updated(String at, String by) {
	}

	@Access(roles = ADMIN)
	@PostMapping(PATH)
	String save(@Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (site.profile().isEmpty()) {
			return "redirect:" + SetupController.PATH;
		}
		if (!result.hasErrors()) {
			try {
				site.save(form.toDraft(form.getOwnerUnitId()), form.getVersion(), form.getLogo(), form.isRemoveLogo());
				flash.add(redirect, "site.saved");
				return "redirect:" + PATH;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		response.setStatus(422);
		return form(model, form);
	}

	private String form(Model model, SiteForm form) {
		model.addAttribute("form", form);
		model.addAttribute("units", ownerChoices(units, form.getOwnerUnitId()));
		model.addAttribute("languages", SiteChoices.LANGUAGES);
		return "site/settings";
	}

	/** The active units, and the current owner even when it has ended, so the page shows what is stored. */
	static List<UnitNode> ownerChoices(OrgUnitService units, Long ownerId) {
		return units.tree(CurrentActor.require())
			.stream()
			.filter(n -> n.unit().isActive() || n.unit().getId().equals(ownerId))
			.toList();
	}

}
