package danvan.emulation.web;

import static danvan.platform.security.OrgScope.UNIT;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.REVIEWER;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.emulation.Points;
import danvan.emulation.assessment.ReviewService;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** The review chain's actions on a unit's assessment page: adjust, approve, return. */
@Controller
@RequestMapping("/emulation/movements/{id}/units/{unitId}/assessment")
class ReviewController {

	private final ReviewService reviews;

	private final AssessmentController page;

	private final Messages messages;

	ReviewController(ReviewService reviews, AssessmentController page, Messages messages) {
		this.reviews = reviews;
		this.page = page;
		this.messages = messages;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = UNIT, unit = "unitId")
	@PostMapping("/adjust")
	String adjust(@PathVariable Long id, @PathVariable Long unitId, @Valid @ModelAttribute("adjust") ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var points = Points.parse(form.getPoints());
		if (points == null && !result.hasFieldErrors("points")) {
			result.rejectValue("points", "emulation.score.notANumber");
		}
		if ((form.getReason() == null || form.getReason().isBlank()) && !result.hasFieldErrors("reason")) {
			result.rejectValue("reason", "emulation.review.reasonRequired");
		}
		if (!result.hasErrors()) {
			try {
				reviews.adjust(CurrentActor.require(), id, unitId, form.getVersion(), form.getStep(), form.getItemId(),
						points, form.getReason());
				redirect.addFlashAttribute("flash", messages.get("emulation.review.adjusted"));
				return redirect(id, unitId);
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		return page.page(id, unitId, model);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = UNIT, unit = "unitId")
	@PostMapping("/approve")
	String approve(@PathVariable Long id, @PathVariable Long unitId, @RequestParam long version,
			@RequestParam int step, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, unitId, redirect, "emulation.review.approved",
				() -> reviews.approve(CurrentActor.require(), id, unitId, version, step, comment));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, REVIEWER }, scope = UNIT, unit = "unitId")
	@PostMapping("/return")
	String giveBack(@PathVariable Long id, @PathVariable Long unitId, @RequestParam long version,
			@RequestParam int step, @RequestParam(required = false) String target,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, unitId, redirect, "emulation.review.returned", () -> {
			if ("STEP".equals(target)) {
				reviews.returnToPreviousStep(CurrentActor.require(), id, unitId, version, step, comment);
			}
			else {
				reviews.returnToUnit(CurrentActor.require(), id, unitId, version, step, comment);
			}
		});
	}

	private String act(Long id, Long unitId, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", messages.get(done));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
		}
		return redirect(id, unitId);
	}

	private static String redirect(Long id, Long unitId) {
		return "redirect:/emulation/movements/" + id + "/units/" + unitId + "/assessment";
	}

}
