package danvan.emulation.web;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import danvan.emulation.ResultService;
import danvan.platform.web.NotFoundException;

/** The public results page of a movement, once published: no sign-in, cacheable. */
@Controller
class PublicResultsController {

	private final ResultService results;

	PublicResultsController(ResultService results) {
		this.results = results;
	}

	@GetMapping("/thi-dua/{movementId}/ket-qua")
	String results(@PathVariable Long movementId, Model model, jakarta.servlet.http.HttpServletResponse response) {
		ResultService.Results published = results.published(movementId).orElseThrow(NotFoundException::record);
		model.addAttribute("results", published);
		model.addAttribute("movement", published.movement());
		model.addAttribute("changes", results.changes(movementId, published.revision().getRevisionNo()));
		response.setHeader("Cache-Control", CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue());
		return "emulation/public/results";
	}

}
