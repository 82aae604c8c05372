package danvan.reporting.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.org.UnitNode;
import danvan.platform.figures.Figure;
import danvan.platform.figures.Figures;
import danvan.platform.figures.Indicator;
import danvan.platform.security.Actor;
import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;

/**
 * The report's annex: each of its indicators by unit directly under the report's unit (the communes of a
 * district, say), with the unit's own total on the last row, as the workbook a board prints beside the report.
 */
@Component
public class ReportAnnex {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final Figures figures;

	private final OrgUnitService units;

	private final MessageSource messages;

	ReportAnnex(Figures figures, OrgUnitService units, MessageSource messages) {
		this.figures = figures;
		this.units = units;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public byte[] xlsx(Actor actor, Report report) {
		List<String> codes = report.getFigures().stream().map(ReportFigure::getCode).distinct().toList();
		Map<String, Indicator> catalogue = figures.catalogue()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		List<OrgUnit> children = units.tree(actor)
			.stream()
			.map(UnitNode::unit)
			.filter(u -> u.getParent() != null && u.getParent().getId().equals(report.getUnitId()))
			.toList();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			SheetStyles styles = new SheetStyles(book);
			CellStyle head = styles.bordered(styles.boldFont());
			CellStyle cell = styles.bordered(styles.plainFont());
			Sheet sheet = book.createSheet(msg("reporting.annex.sheet"));
			Sheets.heading(sheet, 0, 0, codes.size(), report.getTitle(), styles.title());
			Row header = Sheets.row(sheet, 2);
			Sheets.text(header, 0, msg("reporting.figures.unit"), head);
			for (int c = 0; c < codes.size(); c++) {
				Indicator indicator = catalogue.get(codes.get(c));
				String name = indicator == null ? codes.get(c)
						: msg(indicator.nameKey()) + " (" + msg(indicator.measureKey()) + ")";
				Sheets.text(header, c + 1, name, head);
			}
			List<Long> unitIds = new java.util.ArrayList<>(children.stream().map(OrgUnit::getId).toList());
			unitIds.add(report.getUnitId());
			Map<Long, List<Figure>> byUnit = figures.figuresByUnit(unitIds, report.getPeriodFrom(), report.getPeriodTo());
			int r = 3;
			for (OrgUnit child : children) {
				write(Sheets.row(sheet, r++), child.getName(), codes, byUnit.get(child.getId()), cell);
			}
			write(Sheets.row(sheet, r), msg("reporting.annex.total"), codes, byUnit.get(report.getUnitId()), head);
			int[] widths = new int[codes.size() + 1];
			widths[0] = 40;
			for (int c = 1; c < widths.length; c++) {
				widths[c] = 22;
			}
			Sheets.widths(sheet, widths);
			return Sheets.bytes(book);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void write(Row row, String name, List<String> codes, List<Figure> figuresOfUnit, CellStyle style) {
		Map<String, Figure> values = figuresOfUnit.stream()
			.collect(Collectors.toMap(Figure::code, Function.identity(), (a, b) -> a));
		Sheets.text(row, 0, name, style);
		for (int c = 0; c < codes.size(); c++) {
			Figure figure = values.get(codes.get(c));
			Sheets.number(row, c + 1, figure == null ? 0 : figure.value().doubleValue(), style);
		}
	}

	private String msg(String key) {
		return messages.getMessage(key, null, VI);
	}

}
