package danvan.dialogue.web;

import static danvan.platform.security.Audience.PUBLIC;
import static danvan.platform.security.OrgScope.NONE;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.dialogue.petition.PetitionService;
import danvan.org.OrgDirectory;
import danvan.platform.cluster.RateLimiter;
import danvan.platform.security.Access;

/**
 * The citizen's look-up of a petition by the code and secret on the receipt: status, the body it went to and the
 * answer, never who raised it. An unknown code and a wrong secret get the same answer; look-ups are rate limited.
 */
@Controller
@RequestMapping("/kien-nghi/tra-cuu")
class TrackingController {

	private final PetitionService petitions;

	private final RateLimiter.Limit rateLimit;

	private final OrgDirectory org;

	TrackingController(PetitionService petitions, RateLimiter limiter,
			@Value("${danvan.dialogue.tracking-per-window:10}") int perWindow,
			@Value("${danvan.dialogue.tracking-window:10m}") Duration window, OrgDirectory org) {
		this.petitions = petitions;
		this.rateLimit = limiter.limit("dialogue.tracking", perWindow, window);
		this.org = org;
	}

	@Access(value = PUBLIC, scope = NONE)
	@GetMapping
	String form() {
		return "dialogue/tracking";
	}

	@Access(value = PUBLIC, scope = NONE)
	@PostMapping
	String lookUp(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("code", code == null || code.length() > 20 ? "" : code);
		if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("problem", "dialogue.tracking.tooMany");
			return "dialogue/tracking";
		}
		petitions.track(code, secret).ifPresentOrElse(p -> {
			model.addAttribute("found", p);
			model.addAttribute("agency", p.getForwardedToUnitId() == null ? null
					: org.nameOf(p.getForwardedToUnitId()).orElse(null));
			model.addAttribute("unitName", org.nameOf(p.getUnitId()).orElse(""));
		}, () -> model.addAttribute("problem", "dialogue.tracking.notFound"));
		return "dialogue/tracking";
	}

}
