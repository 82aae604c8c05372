package danvan.org.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import danvan.org.UnitImport;
import danvan.platform.sheets.SheetCells;
import danvan.platform.sheets.SheetGrid;
import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/**
 * The unit list as an Excel sheet, read and written with the platform's sheet toolkit: a header row, then one
 * unit a row in the columns of {@link #COLUMNS}; blank rows are skipped.
 */
final class UnitSheet {

	static final List<String> COLUMNS = List.of("code", "name", "kind", "level", "parentCode", "address", "phone",
			"email");

	static final int MAX_LINES = 20_000;

	private UnitSheet() {
	}

	static List<UnitImport.Line> read(byte[] xlsx) {
		SheetGrid grid;
		try {
			grid = SheetGrid.read(xlsx, MAX_LINES * COLUMNS.size() * 2);
		}
		catch (Exception e) {
			throw RuleViolationException.onField("file", "org.import.unreadable");
		}
		List<UnitImport.Line> lines = new ArrayList<>();
		for (int r = 1; r <= grid.lastRow() && lines.size() < MAX_LINES; r++) {
			String[] cells = new String[COLUMNS.size()];
			boolean blank = true;
			for (int c = 0; c < cells.length; c++) {
				cells[c] = SheetCells.text(grid.cell(r, c));
				blank &= cells[c].isEmpty();
			}
			if (!blank) {
				lines.add(new UnitImport.Line(r + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6],
						cells[7]));
			}
		}
		return lines;
	}

	/** An empty list with its header row, for the administrator to fill. */
	static byte[] template(Flash text) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(text.text("org.import.sheet"));
			SheetStyles styles = new SheetStyles(book);
			Row header = Sheets.row(sheet, 0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				Sheets.text(header, c, text.text("org.import.col." + COLUMNS.get(c)), styles.bordered(styles.boldFont()));
			}
			Sheets.widths(sheet, 16, 48, 18, 14, 20, 40, 16, 28);
			return Sheets.bytes(book);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
