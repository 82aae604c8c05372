package danvan.reporting.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.platform.charts.Chart;
import danvan.platform.charts.ChartPictures;
import danvan.platform.documents.LayoutProfile;
import danvan.platform.documents.OfficialDocument.Column;
import danvan.platform.documents.OfficialDocument.Picture;
import danvan.platform.figures.Figure;
import danvan.platform.figures.Figures;

/**
 * The charts a report's template marks, drawn for its documents: a by-indicator chart sets the report's own
 * figures (overrides included) side by side; a by-unit chart draws each indicator for the units directly under
 * the report's unit, counted like the XLSX annex. Each picture carries its table of values; a chart with nothing
 * to draw (every value zero) is left out and its figures stay listed in the text.
 */
@Component
class ReportCharts {

	/** Print resolution: the picture is drawn at twice its size on paper. */
	private static final int SCALE = 2;

	private static final double POINTS_PER_MM = 72 / 25.4;

	private final TemplateChartRepository charts;

	private final Figures figures;

	private final OrgUnitService units;

	private final IndicatorNames names;

	ReportCharts(TemplateChartRepository charts, Figures figures, OrgUnitService units, IndicatorNames names) {
		this.charts = charts;
		this.figures = figures;
		this.units = units;
		this.names = names;
	}

	/** The drawn charts by section order, numbered through the document, and the figures each section draws. */
	Drawn draw(Report report, LayoutProfile profile) {
		int width = (int) Math.round(profile.getPageWidthMm()
			.subtract(profile.getMarginLeftMm())
			.subtract(profile.getMarginRightMm())
			.doubleValue() * POINTS_PER_MM);
		Map<Integer, List<Picture>> pictures = new HashMap<>();
		Map<Integer, Set<String>> drawnCodes = new HashMap<>();
		int number = 0;
		for (TemplateChart definition : charts.findByKindCodeOrderBySectionOrderAscSortOrderAsc(report.getKindCode())) {
			Block block = definition.isByUnit() ? byUnit(report, definition) : byIndicator(report, definition);
			if (block == null || block.chart().isEmpty()) {
				continue;
			}
			number++;
			int height = ChartPictures.isRound(definition.getChartType()) ? 220 : barHeight(block.chart());
			byte[] png = ChartPictures.png(block.chart(), width, height, SCALE);
			String caption = names.msg("reporting.document.chartCaption", number, definition.getTitle());
			pictures.computeIfAbsent(definition.getSectionOrder(), k -> new ArrayList<>())
				.add(new Picture(caption, png, width * SCALE, height * SCALE, block.columns(), block.rows()));
			if (!definition.isByUnit()) {
				drawnCodes.computeIfAbsent(definition.getSectionOrder(), k -> new HashSet<>())
					.addAll(block.codes());
			}
		}
		return new Drawn(pictures, drawnCodes);
	}

	/** The report's own figures of the chart's indicators; the table with the previous period's beside them. */
	private Block byIndicator(Report report, TemplateChart definition) {
		Map<String, ReportFigure> own = report.getFigures()
			.stream()
			.collect(Collectors.toMap(ReportFigure::getCode, Function.identity(), (a, b) -> a));
		List<ReportFigure> shown = definition.figureCodeList().stream().filter(own::containsKey).map(own::get).toList();
		if (shown.isEmpty()) {
			return null;
		}
		List<Chart.Category> categories = shown.stream()
			.map(f -> new Chart.Category(names.name(f.getCode()), null))
			.toList();
		Chart.Series series = new Chart.Series(names.msg("reporting.document.thisPeriod"),
				shown.stream().map(ReportFigure::value).toList());
		List<Column> columns = List.of(new Column(names.msg("reporting.figures.indicator"), 52, "LEFT"),
				new Column(names.msg("reporting.document.thisPeriod"), 16, "RIGHT"),
				new Column(names.msg("reporting.document.previousPeriod"), 16, "RIGHT"),
				new Column(names.msg("reporting.figures.measure"), 16, "CENTER"));
		List<List<String>> rows = shown.stream()
			.map(f -> List.of(names.name(f.getCode()),
					IndicatorNames.number(f.value()) + (f.isOverridden() ? " *" : ""),
					f.getPreviousValue() == null ? "" : IndicatorNames.number(f.getPreviousValue()),
					names.measure(f.getCode())))
			.toList();
		return new Block(new Chart(definition.getTitle(), null, definition.getChartType(), categories, List.of(series)),
				columns, rows, shown.stream().map(ReportFigure::getCode).toList());
	}

	/** One bar a unit under the report's unit, one series an indicator; the table ends on the unit's own total. */
	private Block byUnit(Report report, TemplateChart definition) {
		List<String> codes = definition.figureCodeList().stream().filter(figures::knows).toList();
		List<OrgUnit> children = units.children(report.getUnitId());
		if (codes.isEmpty() || children.isEmpty()) {
			return null;
		}
		List<Long> ids = new ArrayList<>(children.stream().map(OrgUnit::getId).toList());
		ids.add(report.getUnitId());
		Map<Long, List<Figure>> byUnit = figures.figuresByUnit(ids, report.getPeriodFrom(), report.getPeriodTo());
		// the chart leaves out units with nothing to draw (a bar of 0 for each of 31 units says nothing); the
		// table under it keeps every unit
		List<OrgUnit> drawn = children.stream()
			.filter(u -> codes.stream().anyMatch(code -> value(byUnit.get(u.getId()), code).signum() != 0))
			.toList();
		List<Chart.Category> categories = drawn.stream().map(u -> new Chart.Category(u.getName(), null)).toList();
		List<Chart.Series> series = codes.stream()
			.map(code -> new Chart.Series(names.name(code),
					drawn.stream().map(u -> value(byUnit.get(u.getId()), code)).toList()))
			.toList();
		int share = 60 / codes.size();
		List<Column> columns = new ArrayList<>(List.of(new Column(names.msg("reporting.figures.unit"), 100 - share * codes.size(), "LEFT")));
		codes.forEach(code -> columns.add(new Column(names.name(code), share, "RIGHT")));
		List<List<String>> rows = new ArrayList<>();
		for (OrgUnit child : children) {
			rows.add(row(child.getName(), codes, byUnit.get(child.getId())));
		}
		rows.add(row(names.msg("reporting.annex.total"), codes, byUnit.get(report.getUnitId())));
		return new Block(new Chart(definition.getTitle(), null, definition.getChartType(), categories, series),
				columns, rows, codes);
	}

	private static List<String> row(String name, List<String> codes, List<Figure> figuresOfUnit) {
		List<String> row = new ArrayList<>();
		row.add(name);
		codes.forEach(code -> row.add(IndicatorNames.number(value(figuresOfUnit, code))));
		return row;
	}

	private static BigDecimal value(List<Figure> figuresOfUnit, String code) {
		return figuresOfUnit == null ? BigDecimal.ZERO
				: figuresOfUnit.stream().filter(f -> f.code().equals(code)).map(Figure::value).findFirst()
					.orElse(BigDecimal.ZERO);
	}

	/** Room for each bar and its label, a legend when there are several series. */
	private static int barHeight(Chart chart) {
		int bars = chart.categories().size() * chart.series().size();
		int height = 30 + chart.categories().size() * 14 + bars * 14 + (chart.series().size() > 1 ? 24 : 0);
		return Math.max(140, Math.min(height, 620));
	}

	record Drawn(Map<Integer, List<Picture>> pictures, Map<Integer, Set<String>> drawnCodes) {

		List<Picture> of(int sectionOrder) {
			return pictures.getOrDefault(sectionOrder, List.of());
		}

		boolean draws(int sectionOrder, String code) {
			return drawnCodes.getOrDefault(sectionOrder, Set.of()).contains(code);
		}

	}

	/** A chart, its table, and the indicators it draws. */
	private record Block(Chart chart, List<Column> columns, List<List<String>> rows, List<String> codes) {
	}

}
