package danvan.reporting.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.charts.Chart;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.figures.Indicator;
import danvan.platform.security.Actor;
import danvan.platform.security.PathAccess;

/**
 * The dashboard of a unit: each chart of the configured list drawn from the indicator figures of the unit's
 * subtree, for the period (or, for a by-year chart, for each of the last years up to the period's); each row
 * links to the records it counts when the viewer may open them.
 */
@Service
public class ReportingDashboard {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final DashboardChartRepository charts;

	private final Figures figures;

	private final PathAccess paths;

	private final MessageSource messages;

	ReportingDashboard(DashboardChartRepository charts, Figures figures, PathAccess paths, MessageSource messages) {
		this.charts = charts;
		this.figures = figures;
		this.paths = paths;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public List<DashboardChart> definitions() {
		return charts.findByActiveTrueOrderBySortOrder();
	}

	/** The charts for the unit and period; the caller has checked that the actor reaches the unit. */
	@Transactional(readOnly = true)
	public List<Chart> charts(Actor actor, Long unitId, LocalDate from, LocalDate to, Locale locale) {
		Map<String, Figure> current = byCode(figures.figures(new FigureQuery(unitId, from, to)));
		Map<String, Indicator> catalogue = figures.catalogue()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		List<Chart> out = new ArrayList<>();
		Map<Integer, Map<String, Figure>> years = new java.util.HashMap<>();
		java.util.Set<String> byYearCodes = new java.util.HashSet<>();
		for (DashboardChart definition : definitions()) {
			if (definition.isByYear()) {
				definition.figureCodeList().stream().filter(catalogue::containsKey).forEach(byYearCodes::add);
			}
		}
		for (DashboardChart definition : definitions()) {
			List<String> codes = definition.figureCodeList().stream().filter(catalogue::containsKey).toList();
			if (definition.isByYear()) {
				out.add(byYear(actor, definition, codes, catalogue, unitId, to.getYear(), locale, years, byYearCodes));
				continue;
			}
			List<Chart.Category> categories = codes.stream()
				.map(code -> new Chart.Category(name(catalogue.get(code), locale), link(actor, current.get(code))))
				.toList();
			List<BigDecimal> values = codes.stream().map(code -> value(current.get(code))).toList();
			out.add(new Chart(definition.getCode(), definition.getTitle(), definition.getChartType(), categories,
					List.of(new Chart.Series(messages.getMessage("reporting.dashboard.value", null, locale), values))));
		}
		return out;
	}

	private Chart byYear(Actor actor, DashboardChart definition, List<String> codes, Map<String, Indicator> catalogue,
			Long unitId, int lastYear, Locale locale, Map<Integer, Map<String, Figure>> years, java.util.Set<String> wanted) {
		int first = lastYear - Math.max(1, definition.getYears()) + 1;
		List<Chart.Category> categories = new ArrayList<>();
		List<Map<String, Figure>> perYear = new ArrayList<>();
		for (int year = first; year <= lastYear; year++) {
			int y = year;
			Map<String, Figure> figuresOfYear = years.computeIfAbsent(y, k -> byCode(figures.figuresOf(
					new FigureQuery(unitId, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)), wanted)));
			perYear.add(figuresOfYear);
			Figure sample = codes.isEmpty() ? null : figuresOfYear.get(codes.get(0));
			categories.add(new Chart.Category(String.valueOf(year), link(actor, sample)));
		}
		List<Chart.Series> series = codes.stream()
			.map(code -> new Chart.Series(name(catalogue.get(code), locale),
					perYear.stream().map(m -> value(m.get(code))).toList()))
			.toList();
		return new Chart(definition.getCode(), definition.getTitle(), definition.getChartType(), categories, series);
	}

	private String link(Actor actor, Figure figure) {
		return figure != null && figure.recordsPath() != null && paths.mayOpen(actor, figure.recordsPath())
				? figure.recordsPath() : null;
	}

	private String name(Indicator indicator, Locale locale) {
		return messages.getMessage(indicator.nameKey(), null, indicator.code(), locale == null ? VI : locale);
	}

	private static BigDecimal value(Figure figure) {
		return figure == null ? BigDecimal.ZERO : figure.value();
	}

	private static Map<String, Figure> byCode(List<Figure> list) {
		return list.stream().collect(Collectors.toMap(Figure::code, Function.identity(), (a, b) -> a));
	}

}
