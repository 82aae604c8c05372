package danvan.emulation.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.movement.Movement;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;
import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;

/**
 * A unit's blank score sheet: the scale's tree with max points, an input column for the unit's points and
 * explanations, group and total formulas, and a protected structure where only the input cells are open.
 */
public final class ScoreSheetExporter {

	static final int CODE = 0;

	static final int NAME = 1;

	static final int MAX = 2;

	static final int POINTS = 3;

	static final int EXPLANATION = 4;

	static final int FIRST_ITEM_ROW = 4;

	private ScoreSheetExporter() {
	}

	public static byte[] blankSheet(Movement movement, ScoringScale scale, String unitName, Assessment assessment) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			XSSFSheet sheet = book.createSheet("Tự chấm");
			Styles styles = new Styles(book);
			text(sheet.createRow(0), 0, movement.getName(), styles.title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, EXPLANATION));
			text(sheet.createRow(1), 0, "Đơn vị: " + unitName, styles.bold);
			Row header = sheet.createRow(3);
			String[] titles = { "Mã", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm tự chấm", "Diễn giải" };
			for (int c = 0; c < titles.length; c++) {
				text(header, c, titles[c], styles.header);
			}
			List<Integer> criteriaRows = new ArrayList<>();
			List<Integer> bonusRows = new ArrayList<>();
			List<Integer> penaltyRows = new ArrayList<>();
			int[] next = { FIRST_ITEM_ROW };
			write(sheet, scale, null, styles, next, assessment, criteriaRows, bonusRows, penaltyRows);
			Row total = sheet.createRow(next[0] + 1);
			text(total, NAME, "TỔNG ĐIỂM (tiêu chí + điểm thưởng tối đa " + plain(scale.getBonusCap()) + " − điểm trừ)",
					styles.bold);
			Cell sum = total.createCell(POINTS);
			sum.setCellFormula(sumOf(criteriaRows) + "+MIN(" + sumOf(bonusRows) + "," + plain(scale.getBonusCap()) + ")-("
					+ sumOf(penaltyRows) + ")");
			sum.setCellStyle(styles.total);
			Sheets.widths(sheet, 8, 60, 12, 14, 50);
			Sheets.lock(sheet);
			book.setForceFormulaRecalculation(true);
			return Sheets.bytes(book);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(XSSFSheet sheet, ScoringScale scale, ScaleItem parent, Styles styles, int[] next,
			Assessment assessment, List<Integer> criteriaRows, List<Integer> bonusRows, List<Integer> penaltyRows) {
		for (ScaleItem item : scale.childrenOf(parent)) {
			int rowIndex = next[0]++;
			Row row = sheet.createRow(rowIndex);
			List<ScaleItem> children = scale.childrenOf(item);
			CellStyle style = children.isEmpty() ? styles.locked : styles.group;
			text(row, CODE, item.getCode(), style);
			text(row, NAME, item.getName(), style);
			Cell max = row.createCell(MAX);
			max.setCellValue(item.getMaxPoints().doubleValue());
			max.setCellStyle(style);
			if (children.isEmpty() && item.getKind().isScored()) {
				Cell points = row.createCell(POINTS);
				points.setCellStyle(styles.input);
				Cell explanation = row.createCell(EXPLANATION);
				explanation.setCellStyle(styles.inputText);
				if (assessment != null) {
					assessment.scoreFor(item.getId()).ifPresent(s -> {
						if (s.getSelfPoints() != null) {
							points.setCellValue(s.getSelfPoints().doubleValue());
						}
						if (s.getExplanation() != null) {
							explanation.setCellValue(s.getExplanation());
						}
					});
				}
				switch (item.getKind()) {
					case BONUS -> bonusRows.add(rowIndex);
					case PENALTY -> penaltyRows.add(rowIndex);
					default -> criteriaRows.add(rowIndex);
				}
			}
			else {
				int first = next[0];
				write(sheet, scale, item, styles, next, assessment, criteriaRows, bonusRows, penaltyRows);
				Cell subtotal = row.createCell(POINTS);
				subtotal.setCellFormula("SUBTOTAL(9,D" + (first + 1) + ":D" + next[0] + ")");
				subtotal.setCellStyle(styles.group);
			}
		}
	}

	private static String sumOf(List<Integer> rows) {
		if (rows.isEmpty()) {
			return "0";
		}
		StringBuilder s = new StringBuilder("SUM(");
		for (int i = 0; i < rows.size(); i++) {
			s.append(i == 0 ? "" : ",").append("D").append(rows.get(i) + 1);
		}
		return s.append(")").toString();
	}

	private static String plain(java.math.BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Sheets.text(row, column, value, style);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle bold;

		final CellStyle header;

		final CellStyle group;

		final CellStyle locked;

		final CellStyle input;

		final CellStyle inputText;

		final CellStyle total;

		Styles(XSSFWorkbook book) {
			SheetStyles styles = new SheetStyles(book);
			Font boldFont = styles.boldFont();
			Font plainFont = styles.plainFont();
			title = styles.plain(boldFont);
			bold = styles.plain(boldFont);
			header = styles.bordered(boldFont);
			group = styles.bordered(boldFont);
			locked = SheetStyles.wrapped(styles.bordered(plainFont));
			input = styles.decimal(SheetStyles.open(styles.bordered(plainFont)));
			inputText = SheetStyles.wrapped(SheetStyles.open(styles.bordered(plainFont)));
			total = styles.decimal(styles.bordered(boldFont));
		}

	}

}
