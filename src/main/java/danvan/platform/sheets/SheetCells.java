package danvan.platform.sheets;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;

/** Reads spreadsheet cells the way people type them: numbers as numbers or as text with a decimal comma. */
public final class SheetCells {

	/** Why a cell is not a number. */
	public enum Problem {
		NOT_A_NUMBER, FORMULA_ERROR
	}

	/** A cell read as a number: blank, a number, or why it is not one. */
	public record Read(BigDecimal number, boolean blank, Problem problem) {
	}

	private SheetCells() {
	}

	/** The cell's name as Excel shows it: "D7". */
	public static String name(int row, int column) {
		return new CellReference(row, column).formatAsString();
	}

	public static String text(Cell cell) {
		return text(SheetGrid.Value.of(cell));
	}

	/** The cell as text: a number as written in General format, without trailing zeros. */
	public static String text(SheetGrid.Value cell) {
		return switch (cell.type()) {
			case STRING, BOOLEAN -> cell.text().strip();
			case NUMERIC -> Double.isFinite(cell.number())
					? BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString() : "";
			default -> "";
		};
	}

	public static Read number(Cell cell) {
		return number(SheetGrid.Value.of(cell));
	}

	public static Read number(SheetGrid.Value cell) {
		return switch (cell.type()) {
			case BLANK -> new Read(null, true, null);
			case ERROR -> new Read(null, false, Problem.FORMULA_ERROR);
			case NUMERIC -> Double.isFinite(cell.number()) ? new Read(BigDecimal.valueOf(cell.number()), false, null)
					: new Read(null, false, Problem.NOT_A_NUMBER);
			case STRING -> {
				if (cell.text().isBlank()) {
					yield new Read(null, true, null);
				}
				BigDecimal parsed = decimal(cell.text());
				yield parsed == null ? new Read(null, false, Problem.NOT_A_NUMBER) : new Read(parsed, false, null);
			}
			default -> new Read(null, false, Problem.NOT_A_NUMBER);
		};
	}

	/**
	 * A number typed as text: "7,5", "7.5", " 8 "; null when it is not one. A comma is a decimal comma, never a
	 * thousands separator.
	 */
	public static BigDecimal decimal(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		if (s.isEmpty() || s.length() > 12 || !s.matches("[+-]?\\d+(\\.\\d+)?")) {
			return null;
		}
		return new BigDecimal(s);
	}

}
