package danvan.emulation;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;

/** Reads spreadsheet cells the way boards type them: numbers as numbers or as text with a decimal comma. */
final class SheetCells {

	/** A cell read as points: blank, a number, or why it is not one. */
	record Read(BigDecimal points, boolean blank, String problem) {
	}

	private SheetCells() {
	}

	static String name(int row, int column) {
		return new CellReference(row, column).formatAsString();
	}

	static String text(Cell cell) {
		return text(SheetGrid.Value.of(cell));
	}

	/** The cell as text: a number as written in General format, without trailing zeros. */
	static String text(SheetGrid.Value cell) {
		return switch (cell.type()) {
			case STRING, BOOLEAN -> cell.text().strip();
			case NUMERIC -> Double.isFinite(cell.number())
					? BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString() : "";
			default -> "";
		};
	}

	static Read points(Cell cell) {
		return points(SheetGrid.Value.of(cell));
	}

	static Read points(SheetGrid.Value cell) {
		return switch (cell.type()) {
			case BLANK -> new Read(null, true, null);
			case ERROR -> new Read(null, false, "emulation.import.formulaError");
			case NUMERIC -> Double.isFinite(cell.number()) ? new Read(Points.of(BigDecimal.valueOf(cell.number())), false, null)
					: new Read(null, false, "emulation.import.notANumber");
			case STRING -> {
				if (cell.text().isBlank()) {
					yield new Read(null, true, null);
				}
				BigDecimal parsed = Points.parse(cell.text());
				yield parsed == null ? new Read(null, false, "emulation.import.notANumber") : new Read(parsed, false, null);
			}
			default -> new Read(null, false, "emulation.import.notANumber");
		};
	}

}
