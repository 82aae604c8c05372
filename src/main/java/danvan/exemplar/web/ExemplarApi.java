package danvan.exemplar.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.lifecycle.ExemplarDossiers;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarAccess;
import danvan.exemplar.register.Step;
import danvan.exemplar.registry.ExemplarFilter;
import danvan.exemplar.registry.ExemplarSearch;
import danvan.exemplar.review.AnnualReview;
import danvan.org.OrgDirectory;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.RuleViolationException;

/** The register for scripts and reports: the list, one exemplar with its history, the annual counts, the figures. */
@RestController
@RequestMapping("/api")
@Tag(name = "exemplar.api.tag", description = "exemplar.api.tag.description")
class ExemplarApi {

	record FigureJson(String indicator, BigDecimal value, String unit) {
	}

	record StepJson(Step.Action action, ExemplarStatus status, LocalDate on, String actor, String reason) {
	}

	record ExemplarJson(Long id, String name, ExemplarKind kind, ExemplarStatus status, Long unitId, String field,
			RecognitionLevel recognitionLevel, boolean typical, String stage, LocalDate registeredOn,
			LocalDate recognisedOn, Long replicatedFromId, List<FigureJson> figures, List<StepJson> history) {
	}

	static final int DEFAULT_SIZE = 500;

	static final int MAX_SIZE = 1000;

	static final String TOTAL_COUNT = "X-Total-Count";

	private final ExemplarSearch search;

	private final ExemplarDossiers exemplars;

	private final ExemplarCatalog catalog;

	private final AnnualReview annual;

	private final ExemplarAccess access;

	private final Figures figures;

	private final OrgDirectory org;

	ExemplarApi(ExemplarSearch search, ExemplarDossiers exemplars, ExemplarCatalog catalog, AnnualReview annual,
			ExemplarAccess access, Figures figures, OrgDirectory org) {
		this.search = search;
		this.exemplars = exemplars;
		this.catalog = catalog;
		this.annual = annual;
		this.access = access;
		this.figures = figures;
		this.org = org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/exemplars")
	@Operation(summary = "exemplar.api.list.summary", description = "exemplar.api.list.description")
	ResponseEntity<List<ExemplarJson>> list(
			@Parameter(description = "exemplar.api.param.q") @RequestParam(required = false) String q,
			@Parameter(description = "exemplar.api.param.field") @RequestParam(required = false) String field,
			@Parameter(description = "exemplar.api.param.status") @RequestParam(required = false) ExemplarStatus status,
			@Parameter(description = "exemplar.api.param.stage") @RequestParam(required = false) String stage,
			@Parameter(description = "exemplar.api.param.unit") @RequestParam(required = false) Long unit,
			@Parameter(description = "exemplar.api.param.page") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "exemplar.api.param.size") @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
		if (q != null && q.length() > 200) {
			throw RuleViolationException.onField("q", "exemplar.api.q.tooLong");
		}
		if (page < 1) {
			throw RuleViolationException.onField("page", "exemplar.api.page.invalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw RuleViolationException.onField("size", "exemplar.api.size.invalid", MAX_SIZE);
		}
		Map<String, String> measures = measures();
		ExemplarSearch.Page found = search.page(CurrentActor.require(), ExemplarFilter.of(q, field, status, stage, unit),
				page, size);
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, Long.toString(found.total()))
			.body(found.rows().stream().map(e -> json(e, measures, null)).toList());
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/exemplars/{id}")
	@Operation(summary = "exemplar.api.one.summary", description = "exemplar.api.one.description")
	ExemplarJson one(@Parameter(description = "exemplar.api.param.id") @PathVariable Long id) {
		ExemplarDossiers.Dossier d = exemplars.dossier(CurrentActor.require(), id);
		return json(d.exemplar(), measures(), d.history()
			.stream()
			.map(s -> new StepJson(s.getAction(), s.getToStatus(), s.getHappenedOn(), s.getActor(), s.getReason()))
			.toList());
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/exemplars/summary")
	@Operation(summary = "exemplar.api.summary.summary", description = "exemplar.api.summary.description")
	AnnualReview.Summary summary(@Parameter(description = "exemplar.api.param.year") @RequestParam(required = false) Integer year,
			@Parameter(description = "exemplar.api.param.summaryUnit") @RequestParam(required = false) Long unit) {
		return annual.of(checkedYear(year), readable(unit));
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/exemplar/figures")
	@Operation(summary = "exemplar.api.figures.summary", description = "exemplar.api.figures.description")
	List<Figure> figures(@Parameter(description = "exemplar.api.param.summaryUnit") @RequestParam Long unit,
			@Parameter(description = "exemplar.api.param.from") @RequestParam LocalDate from,
			@Parameter(description = "exemplar.api.param.to") @RequestParam LocalDate to) {
		if (to.isBefore(from)) {
			throw RuleViolationException.onField("to", "exemplar.period.invalid");
		}
		Long scope = readable(unit);
		return figures.figures(new FigureQuery(scope, from, to))
			.stream()
			.filter(f -> f.code().startsWith("exemplar."))
			.toList();
	}

	private Long readable(Long unit) {
		if (unit == null || org.unit(unit).isEmpty()) {
			throw RuleViolationException.onField("unit", "exemplar.unit.required");
		}
		Actor actor = CurrentActor.require();
		if (!access.canRead(actor, unit)) {
			throw new AccessDeniedException("exemplar: unit outside scope");
		}
		return unit;
	}

	/** A missing year is refused like one out of range, with the Vietnamese message, not Spring's 400. */
	private static int checkedYear(Integer year) {
		if (year == null || year < 2000 || year > 2100) {
			throw RuleViolationException.onField("year", "exemplar.year.range");
		}
		return year;
	}

	private Map<String, String> measures() {
		Map<String, String> measures = new java.util.HashMap<>();
		catalog.indicators().forEach(i -> measures.put(i.code(), i.measure()));
		return measures;
	}

	private static ExemplarJson json(Exemplar e, Map<String, String> measures, List<StepJson> history) {
		List<FigureJson> figures = e.getFigures()
			.entrySet()
			.stream()
			.map(f -> new FigureJson(f.getKey(), f.getValue(), measures.get(f.getKey())))
			.toList();
		return new ExemplarJson(e.getId(), e.getName(), e.getKind(), e.getStatus(), e.getUnitId(), e.getFieldCode(),
				e.getRecognitionLevel(), e.isTypical(), e.getStageCode(), e.getRegisteredOn(), e.getRecognisedOn(),
				e.getReplicatedFromId(), figures, history);
	}

}
