package danvan.emulation.sheets;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;

import danvan.emulation.Points;
import danvan.platform.sheets.SheetCells;
import danvan.platform.sheets.SheetGrid;

/** A sheet's cell read as points, on top of the platform's cell reader; the problem is a message key. */
final class ScoreCells {

	/** A cell read as points: blank, a number, or why it is not one. */
	record Read(BigDecimal points, boolean blank, String problem) {
	}

	private ScoreCells() {
	}

	static Read points(Cell cell) {
		return points(SheetGrid.Value.of(cell));
	}

	static Read points(SheetGrid.Value cell) {
		SheetCells.Read read = SheetCells.number(cell);
		if (read.problem() == SheetCells.Problem.FORMULA_ERROR) {
			return new Read(null, false, "emulation.import.formulaError");
		}
		if (read.problem() != null) {
			return new Read(null, false, "emulation.import.notANumber");
		}
		return new Read(Points.of(read.number()), read.blank(), null);
	}

}
