package danvan.emulation.web;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import danvan.emulation.ResultService;
import danvan.platform.web.NotFoundException;

/** The published results on the public portal: a list of movements, and each one's page. No sign-in, cacheable. */
@Controller
class PublicResultsController {

	static final String LIST = "/thi-dua";

	private static final String CACHE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue();

	private final ResultService results;

	PublicResultsController(ResultService results) {
		this.results = results;
	}

	@GetMapping(LIST)
	String list(Model model, HttpServletResponse response) {
		model.addAttribute("publications", results.publications());
		response.setHeader("Cache-Control", CACHE);
		return "emulation/public/list";
	}

	@GetMapping(LIST + "/{movementId}/ket-qua")
	String results(@PathVariable Long movementId, Model model, HttpServletResponse response) {
		ResultService.Results published = results.published(movementId).orElseThrow(NotFoundException::record);
		model.addAttribute("results", published);
		model.addAttribute("movement", published.movement());
		model.addAttribute("changes", results.changes(movementId, published.revision().getRevisionNo()));
		response.setHeader("Cache-Control", CACHE);
		return "emulation/public/results";
	}

}
