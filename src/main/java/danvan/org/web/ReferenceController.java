package danvan.org.web;

import static danvan.platform.security.Role.ADMIN;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgReferenceService;
import danvan.platform.security.Access;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** Administrators maintain the kinds of unit and the names of levels. */
@Controller
class ReferenceController {

	private final OrgReferenceService reference;

	private final Flash flash;

	ReferenceController(OrgReferenceService reference, Flash flash) {
		this.reference = reference;
		this.flash = flash;
	}

	@Access(roles = ADMIN)
	@GetMapping("/org/reference")
	String page(Model model) {
		model.addAttribute("kinds", reference.kinds());
		model.addAttribute("levels", reference.levels());
		return "org/reference";
	}

	@Access(roles = ADMIN)
	@PostMapping("/org/reference/kinds")
	String addKind(@Valid @ModelAttribute ReferenceForm form, BindingResult result, RedirectAttributes redirect) {
		return save(result, redirect, () -> reference.addKind(form.getCode(), form.getName(), form.getOrder()));
	}

	@Access(roles = ADMIN)
	@PostMapping("/org/reference/kinds/{id}")
	String renameKind(@PathVariable Long id, @Valid @ModelAttribute ReferenceForm form, BindingResult result,
			RedirectAttributes redirect) {
		return save(result, redirect,
				() -> reference.renameKind(id, form.getVersion(), form.getName(), form.getOrder()));
	}

	@Access(roles = ADMIN)
	@PostMapping("/org/reference/levels")
	String addLevel(@Valid @ModelAttribute ReferenceForm form, BindingResult result, RedirectAttributes redirect) {
		return save(result, redirect, () -> reference.addLevel(form.getCode(), form.getName(), form.getOrder()));
	}

	@Access(roles = ADMIN)
	@PostMapping("/org/reference/levels/{id}")
	String renameLevel(@PathVariable Long id, @Valid @ModelAttribute ReferenceForm form, BindingResult result,
			RedirectAttributes redirect) {
		return save(result, redirect,
				() -> reference.renameLevel(id, form.getVersion(), form.getName(), form.getOrder()));
	}

	/** The lists are short and edited inline, so an error comes back as the page's message, not a field's. */
	private String save(BindingResult result, RedirectAttributes redirect, Runnable change) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", result.getFieldErrors()
				.stream()
				.map(e -> flash.text(e.getCodes() == null ? "error.invalid" : "org.reference.field." + e.getField())
						+ ": " + e.getDefaultMessage())
				.findFirst()
				.orElse(flash.text("error.invalid")));
			return "redirect:/org/reference";
		}
		try {
			change.run();
			flash.add(redirect, "common.saved");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", flash.text(e.messageKey(), e.arguments()));
		}
		return "redirect:/org/reference";
	}

}
