package danvan.platform.documents;

import static danvan.platform.security.OrgScope.NONE;
import static danvan.platform.security.Role.ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.security.Access;
import danvan.platform.web.DomainException;
import danvan.platform.web.Flash;

/**
 * The administrator's page of document layouts: each profile with its source and values, which one each family
 * follows today, and the switch that turns a profile on or off (how HD 05-HD/VPTW replaces HD 36 once its text is
 * confirmed).
 */
@Controller
@RequestMapping(LayoutProfileController.PATH)
class LayoutProfileController {

	static final String PATH = "/admin/document-profiles";

	private final LayoutProfiles profiles;

	private final Flash flash;

	private final Clock clock;

	LayoutProfileController(LayoutProfiles profiles, Flash flash, Clock clock) {
		this.profiles = profiles;
		this.flash = flash;
		this.clock = clock;
	}

	@Access(roles = ADMIN, scope = NONE)
	@GetMapping
	String list(Model model) {
		LocalDate today = LocalDate.now(clock);
		Map<DocumentFamily, String> inUse = new EnumMap<>(DocumentFamily.class);
		for (DocumentFamily family : DocumentFamily.values()) {
			try {
				inUse.put(family, profiles.forDocument(family, today).getCode());
			}
			catch (DomainException e) {
				// a family with no enabled profile shows none in use
			}
		}
		model.addAttribute("profiles", profiles.all());
		model.addAttribute("inUse", inUse);
		model.addAttribute("today", today);
		return "platform/document-profiles";
	}

	@Access(roles = ADMIN, scope = NONE)
	@PostMapping("/{code}/enabled")
	String setEnabled(@PathVariable String code, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		try {
			LayoutProfile saved = profiles.setEnabled(code, version, enabled);
			flash.add(redirect, enabled ? "documents.profile.enabled" : "documents.profile.disabled", saved.getName());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", flash.text(e.messageKey(), e.arguments()));
			redirect.addFlashAttribute("problemCode", code);
		}
		return "redirect:" + PATH;
	}

}
