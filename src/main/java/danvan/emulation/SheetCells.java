package danvan.emulation;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;

/** Reads spreadsheet cells the way boards type them: numbers as numbers or as text with a decimal comma. */
final class SheetCells {

	/** A cell read as points: blank, a number, or why it is not one. */
	record Read(BigDecimal points, boolean blank, String problem) {
	}

	private static final DataFormatter FORMATTER = new DataFormatter();

	private SheetCells() {
	}

	static String name(int row, int column) {
		return new CellReference(row, column).formatAsString();
	}

	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> FORMATTER.formatCellValue(cell).strip();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	static Read points(Cell cell) {
		if (cell == null) {
			return new Read(null, true, null);
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case BLANK -> new Read(null, true, null);
			case ERROR -> new Read(null, false, "emulation.import.formulaError");
			case NUMERIC -> {
				double value = cell.getNumericCellValue();
				yield Double.isFinite(value) ? new Read(Points.of(BigDecimal.valueOf(value)), false, null)
						: new Read(null, false, "emulation.import.notANumber");
			}
			case STRING -> {
				String text = cell.getStringCellValue();
				if (text.isBlank()) {
					yield new Read(null, true, null);
				}
				BigDecimal parsed = Points.parse(text);
				yield parsed == null ? new Read(null, false, "emulation.import.notANumber") : new Read(parsed, false, null);
			}
			default -> new Read(null, false, "emulation.import.notANumber");
		};
	}

}
