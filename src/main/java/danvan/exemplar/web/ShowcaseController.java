package danvan.exemplar.web;

import static danvan.platform.security.Audience.PUBLIC;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.lifecycle.ExemplarDossiers;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.registry.ExemplarSearch;
import danvan.exemplar.showcase.Showcase;
import danvan.org.OrgDirectory;
import danvan.platform.security.Access;
import danvan.platform.text.Folding;
import danvan.platform.web.NotFoundException;

/**
 * The public showcase "Dân vận khéo": recognised exemplars by field, unit and stage, and each one's page — what it
 * solved, how people were mobilised, its figures and photos. No personal data (no official's name for an
 * individual beyond the exemplar's own title, no evaluators, no documents); cached like the article pages.
 */
@Controller
class ShowcaseController {

	static final String LIST = "/dan-van-kheo";

	private static final CacheControl CACHE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

	private final Showcase showcase;

	private final ExemplarDossiers exemplars;

	private final ExemplarCatalog catalog;

	private final OrgDirectory org;

	private final PhotoDownloads downloads;

	ShowcaseController(Showcase showcase, ExemplarDossiers exemplars, ExemplarCatalog catalog, OrgDirectory org,
			PhotoDownloads downloads) {
		this.showcase = showcase;
		this.exemplars = exemplars;
		this.catalog = catalog;
		this.org = org;
		this.downloads = downloads;
	}

	@Access(PUBLIC)
	@GetMapping(LIST)
	String list(@RequestParam(required = false) String field, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String page, Model model,
			HttpServletResponse response) {
		String f = catalog.field(field == null ? "" : field).map(ExemplarCatalog.Field::code).orElse(null);
		String s = catalog.stage(stage == null ? "" : stage).map(ExemplarCatalog.Stage::code).orElse(null);
		Long u = unit != null && unit.strip().matches("\\d{1,18}") && org.unit(Long.valueOf(unit.strip())).isPresent()
				? Long.valueOf(unit.strip()) : null;
		ShowcasePager.Asked asked = ShowcasePager.Asked.parse(page);
		ExemplarSearch.Page shown = showcase.recognised(f, u, s, asked.number());
		Map<String, List<Exemplar>> byField = new LinkedHashMap<>();
		catalog.fields().forEach(x -> byField.put(x.code(), shown.rows().stream().filter(e -> e.getFieldCode().equals(x.code())).toList()));
		byField.values().removeIf(List::isEmpty);
		model.addAttribute("byField", byField);
		model.addAttribute("total", shown.total());
		model.addAttribute("pager", ShowcasePager.of(shown, asked, LIST, f, s, u));
		model.addAttribute("field", f);
		model.addAttribute("stage", s);
		model.addAttribute("unit", u);
		model.addAttribute("units", showcase.units().stream().map(id -> org.unit(id).orElse(null))
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing((OrgDirectory.UnitRef r) -> Folding.fold(r.name())).thenComparing(OrgDirectory.UnitRef::id))
			.toList());
		model.addAttribute("catalog", catalog);
		model.addAttribute("unitNames", org);
		response.setHeader("Cache-Control", CACHE.getHeaderValue());
		return "exemplar/public/list";
	}

	@Access(PUBLIC)
	@GetMapping(LIST + "/{slug}")
	String page(@PathVariable String slug, Model model, HttpServletResponse response) {
		ExemplarDossiers.Dossier d = exemplars.published(slug).orElseThrow(NotFoundException::record);
		model.addAttribute("e", d.exemplar());
		model.addAttribute("photos", d.photos().stream().filter(p -> !p.isDocument()).toList());
		model.addAttribute("growth", Growth.of(d.evaluations(), catalog.indicators()));
		model.addAttribute("catalog", catalog);
		model.addAttribute("unitNames", org);
		response.setHeader("Cache-Control", CACHE.getHeaderValue());
		return "exemplar/public/page";
	}

	@Access(PUBLIC)
	@GetMapping(LIST + "/{slug}/anh/{photoId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable String slug, @PathVariable Long photoId) throws IOException {
		return downloads.send(exemplars.publicPhoto(slug, photoId).orElseThrow(NotFoundException::record), true);
	}

}
