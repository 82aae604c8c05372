package danvan.dialogue.web;

import static danvan.platform.security.Audience.PUBLIC;
import static danvan.platform.security.OrgScope.NONE;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import danvan.dialogue.petition.PetitionKind;
import danvan.dialogue.petition.PublicPetitions;
import danvan.platform.security.Access;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/**
 * The portal's public petition form: the citizen gets the tracking code and secret on the page that answers it
 * (never a page others can reach), and the body owning the site handles the petition like any other.
 */
@Controller
@RequestMapping("/kien-nghi/gui")
class PublicPetitionController {

	private final PublicPetitions petitions;

	PublicPetitionController(PublicPetitions petitions) {
		this.petitions = petitions;
	}

	@Access(value = PUBLIC, scope = NONE)
	@GetMapping
	String form(Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("form", new PublicPetitionForm());
		return page(model);
	}

	@Access(value = PUBLIC, scope = NONE)
	@PostMapping
	String send(@ModelAttribute("form") PublicPetitionForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		if (binding.hasFieldErrors("people")) {
			binding.rejectValue("people", "dialogue.petition.people.range", new Object[] { 10_000 }, null);
		}
		if (!binding.hasErrors()) {
			try {
				model.addAttribute("receipt", petitions.send(form.sent(), request.getRemoteAddr()).orElse(null));
				model.addAttribute("sent", true);
				return page(model);
			}
			catch (RuleViolationException e) {
				if ("dialogue.public.tooMany".equals(e.messageKey())) {
					response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				}
				FormErrors.reject(binding, e);
			}
		}
		if (response.getStatus() < 400) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("kinds", PetitionKind.values());
		model.addAttribute("open", petitions.open());
		if (!model.containsAttribute("sent")) {
			model.addAttribute("sent", false);
		}
		return "dialogue/public-form";
	}

}
