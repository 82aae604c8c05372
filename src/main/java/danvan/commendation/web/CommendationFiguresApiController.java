package danvan.commendation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import danvan.commendation.CommendationAccess;
import danvan.org.OrgDirectory;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Indicator;
import danvan.platform.security.Access;
import danvan.platform.security.Audience;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** The registry's figures for a unit and period, as the reporting module will compile them. */
@RestController
class CommendationFiguresApiController {

	private final List<FigureSource> sources;

	private final OrgDirectory org;

	private final CommendationAccess access;

	private final MessageSource messages;

	CommendationFiguresApiController(List<FigureSource> sources, OrgDirectory org, CommendationAccess access,
			MessageSource messages) {
		this.sources = sources.stream().filter(s -> s.indicators().stream().allMatch(i -> i.module().equals("commendation")))
			.toList();
		this.org = org;
		this.access = access;
		this.messages = messages;
	}

	record FigureJson(String code, String name, BigDecimal value, String measure, String recordsPath) {
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/api/commendation/figures")
	@Operation(summary = "commendation.api.figures.summary", description = "commendation.api.figures.description")
	List<FigureJson> figures(@Parameter(description = "commendation.api.figures.unit") @RequestParam Long unit,
			@Parameter(description = "commendation.api.figures.from") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "commendation.api.figures.to") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (org.unit(unit).isEmpty() || !access.covers(CurrentActor.require(), unit)) {
			throw new NotFoundException("error.notFound");
		}
		if (to.isBefore(from)) {
			throw RuleViolationException.onField("to", "commendation.figures.periodInvalid");
		}
		Locale locale = LocaleContextHolder.getLocale();
		FigureQuery query = new FigureQuery(unit, from, to);
		return sources.stream().flatMap(source -> {
			Map<String, Indicator> indicators = source.indicators().stream()
				.collect(Collectors.toMap(Indicator::code, Function.identity()));
			return source.figures(query).stream().map(f -> {
				Indicator i = indicators.get(f.code());
				return new FigureJson(f.code(), messages.getMessage(i.nameKey(), null, locale), f.value(),
						messages.getMessage(i.measureKey(), null, locale), f.recordsPath());
			});
		}).toList();
	}

}
