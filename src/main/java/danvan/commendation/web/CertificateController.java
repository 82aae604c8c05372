package danvan.commendation.web;

import java.math.BigDecimal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.security.Role;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.catalog.CatalogService;
import danvan.commendation.certificate.BlankProfile;
import danvan.commendation.certificate.Certificates;
import danvan.commendation.decision.DecisionService;

/** Certificates of an issued decision (on blanks or plain paper), the blanks and their printer calibration. */
@Controller
class CertificateController {

	private final Certificates certificates;

	private final DecisionService decisions;

	private final CatalogService catalog;

	private final DecisionViews views;

	private final Flash flash;

	CertificateController(Certificates certificates, DecisionService decisions, CatalogService catalog,
			DecisionViews views, Flash flash) {
		this.certificates = certificates;
		this.decisions = decisions;
		this.catalog = catalog;
		this.views = views;
		this.flash = flash;
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@GetMapping("/commendation/certificates")
	String profiles(Model model) {
		model.addAttribute("profiles", certificates.profiles());
		model.addAttribute("catalog", catalog);
		return "commendation/certificates";
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@PostMapping("/commendation/certificates/{id}/calibration")
	String calibrate(@PathVariable Long id, @RequestParam long version,
			@RequestParam(required = false) BigDecimal offsetX, @RequestParam(required = false) BigDecimal offsetY,
			Model model, RedirectAttributes redirect) {
		BlankProfile saved;
		try {
			saved = certificates.calibrate(CurrentActor.require(), id, version, offsetX, offsetY);
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorProfile", id);
			return profiles(model);
		}
		flash.add(redirect, "commendation.certificate.calibrated", saved.getName());
		return "redirect:/commendation/certificates";
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@GetMapping("/commendation/certificates/{id}/test-page.pdf")
	ResponseEntity<byte[]> testPage(@PathVariable Long id) {
		BlankProfile profile = certificates.profile(id);
		return CommendationApiController.download(certificates.testPage(id),
				"trang-thu-" + profile.getCode().toLowerCase(java.util.Locale.ROOT) + ".pdf", MediaType.APPLICATION_PDF);
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@GetMapping("/commendation/decisions/{id}/certificates.pdf")
	ResponseEntity<byte[]> all(@PathVariable Long id, @RequestParam(defaultValue = "blank") String mode) {
		return CommendationApiController.download(certificates.pdf(id, null, !"plain".equals(mode)),
				"giay-khen-" + views.fileName(decisions.get(id), "pdf"), MediaType.APPLICATION_PDF);
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@GetMapping("/commendation/decisions/{id}/certificates/{line}.pdf")
	ResponseEntity<byte[]> one(@PathVariable Long id, @PathVariable int line,
			@RequestParam(defaultValue = "blank") String mode) {
		return CommendationApiController.download(certificates.pdf(id, line, !"plain".equals(mode)),
				"giay-khen-" + (line + 1) + "-" + views.fileName(decisions.get(id), "pdf"), MediaType.APPLICATION_PDF);
	}

}
