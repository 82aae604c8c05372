package danvan.reporting.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.NONE;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.reporting.figures.IndicatorFigures;

/** The indicator catalogue and its figures for scripts and integrations. */
@RestController
@RequestMapping("/api/reporting")
@Tag(name = "reporting.api.tag", description = "reporting.api.tag.description")
class ReportingApi {

	record IndicatorJson(String code, String name, String unit) {
	}

	record FigureJson(String code, BigDecimal value, String records) {
	}

	private final IndicatorFigures figures;

	private final MessageSource messages;

	ReportingApi(IndicatorFigures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	@Access(value = SIGNED_IN, scope = NONE)
	@GetMapping("/indicators")
	@Operation(summary = "reporting.api.indicators.summary", description = "reporting.api.indicators.description")
	List<IndicatorJson> indicators(Locale locale) {
		return figures.catalogue()
			.stream()
			.map(i -> new IndicatorJson(i.code(), messages.getMessage(i.nameKey(), null, locale),
					messages.getMessage(i.measureKey(), null, locale)))
			.toList();
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/figures")
	@Operation(summary = "reporting.api.figures.summary", description = "reporting.api.figures.description")
	List<FigureJson> figures(@Parameter(description = "reporting.api.figures.unit") @RequestParam(required = false) Long unit,
			@Parameter(description = "reporting.api.figures.from") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "reporting.api.figures.to") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures.read(CurrentActor.require(), unit, from, to)
			.stream()
			.map(l -> new FigureJson(l.indicator().code(), l.value(), l.recordsPath()))
			.toList();
	}

}
