package danvan.emulation.web;

import org.springframework.ui.Model;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.movement.Movement;
import danvan.platform.security.Actor;

/** What the assessment page shows a reviewer: the step holding it and whether the reviewer may act. */
final class ReviewView {

	private ReviewView() {
	}

	static void addTo(Model model, ReviewService reviews, Actor actor, Movement movement, Assessment assessment) {
		boolean canReview = reviews.canReview(actor, movement, assessment);
		model.addAttribute("canReview", canReview);
		model.addAttribute("currentStep", assessment == null ? null
				: movement.step(assessment.getCurrentStep()).orElse(null));
		if (!model.containsAttribute("adjust")) {
			model.addAttribute("adjust", new ReviewForm());
		}
	}

}
