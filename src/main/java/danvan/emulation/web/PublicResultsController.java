package danvan.emulation.web;

import static danvan.platform.security.Audience.PUBLIC;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import danvan.emulation.results.ResultPdfExporter;
import danvan.emulation.results.ResultService;
import danvan.platform.security.Access;
import danvan.platform.web.NotFoundException;

/**
 * The published results on the public portal: a list of movements, each one's page and its printed PDF. No
 * sign-in, cacheable.
 */
@Controller
class PublicResultsController {

	static final String LIST = "/thi-dua";

	private static final CacheControl CACHE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

	private final ResultService results;

	private final ResultPdfExporter pdfs;

	private final Messages messages;

	private final PublishedTables tables;

	PublicResultsController(ResultService results, ResultPdfExporter pdfs, Messages messages, PublishedTables tables) {
		this.results = results;
		this.pdfs = pdfs;
		this.messages = messages;
		this.tables = tables;
	}

	@Access(PUBLIC)
	@GetMapping(LIST)
	String list(Model model, HttpServletResponse response) {
		model.addAttribute("publications", results.publications());
		response.setHeader("Cache-Control", CACHE.getHeaderValue());
		return "emulation/public/list";
	}

	@Access(PUBLIC)
	@GetMapping(LIST + "/{movementId}/ket-qua")
	String results(@PathVariable Long movementId, Model model, Locale locale, HttpServletResponse response) {
		ResultService.Results published = results.published(movementId).orElseThrow(NotFoundException::record);
		model.addAttribute("results", published);
		model.addAttribute("table", tables.of(published, locale));
		model.addAttribute("movement", published.movement());
		model.addAttribute("changes", results.changes(movementId, published.revision().getRevisionNo()));
		response.setHeader("Cache-Control", CACHE.getHeaderValue());
		return "emulation/public/results";
	}

	/** The same PDF as the board's, of the published revision only. */
	@Access(PUBLIC)
	@GetMapping(value = LIST + "/{movementId}/ket-qua", params = "format=pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long movementId, Locale locale) {
		ResultService.Results published = results.published(movementId).orElseThrow(NotFoundException::record);
		return Downloads.attachment(MediaType.APPLICATION_PDF, "ket-qua-thi-dua-" + movementId,
				messages.get("emulation.print.fileName", published.movement().getName()), ".pdf")
			.cacheControl(CACHE)
			.body(pdfs.export(published, locale));
	}

}
