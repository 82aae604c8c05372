package danvan.platform.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writing .xlsx sheets: cells, merged headings, column widths, a locked structure, the file's bytes. */
public final class Sheets {

	private Sheets() {
	}

	/** Row {@code r}, created when missing. */
	public static Row row(Sheet sheet, int r) {
		Row row = sheet.getRow(r);
		return row == null ? sheet.createRow(r) : row;
	}

	public static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

	public static Cell number(Row row, int column, double value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

	/** Writes {@code value} at row {@code r}, column {@code first} and merges it across to column {@code last}. */
	public static void heading(Sheet sheet, int r, int first, int last, String value, CellStyle style) {
		text(row(sheet, r), first, value, style);
		sheet.addMergedRegion(new CellRangeAddress(r, r, first, last));
	}

	/** Column widths in characters, from column 0. */
	public static void widths(Sheet sheet, int... characters) {
		for (int c = 0; c < characters.length; c++) {
			sheet.setColumnWidth(c, characters[c] * 256);
		}
	}

	/** Protects the sheet's structure without a password: only cells with an {@linkplain SheetStyles#open open} style take input. */
	public static void lock(Sheet sheet) {
		sheet.protectSheet("");
	}

	/** The workbook as an .xlsx file. */
	public static byte[] bytes(Workbook book) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
