package danvan.emulation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import danvan.platform.AppClock;

/** The results as boards print them: title, one line per unit in rank order, and the signature block. */
public final class ResultSheetExporter {

	private static final String[] HEADERS = { "Hạng", "Đơn vị", "Cụm thi đua", "Hạng trong cụm", "Điểm tiêu chí",
			"Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại" };

	private ResultSheetExporter() {
	}

	public static byte[] export(ResultService.Results results) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Kết quả");
			Font bold = book.createFont();
			bold.setBold(true);
			bold.setFontName("Times New Roman");
			CellStyle title = book.createCellStyle();
			title.setFont(bold);
			title.setAlignment(HorizontalAlignment.CENTER);
			CellStyle header = bordered(book, bold);
			CellStyle cell = bordered(book, null);
			CellStyle number = bordered(book, null);
			number.setDataFormat(book.createDataFormat().getFormat("0.00"));
			write(sheet, 0, 0, "KẾT QUẢ THI ĐUA", title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
			write(sheet, 1, 0, results.movement().getName(), title);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
			String status = results.provisional() ? "(Kết quả tạm tính, chưa công bố)"
					: "(Công bố lần " + results.revision().getRevisionNo() + " ngày " + DateTimeFormatter.ofPattern("dd/MM/yyyy")
						.format(results.revision().getPublishedAt().atZone(AppClock.VIETNAM)) + ")";
			write(sheet, 2, 0, status, title);
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, HEADERS.length - 1));
			for (int c = 0; c < HEADERS.length; c++) {
				write(sheet, 4, c, HEADERS[c], header);
			}
			int r = 5;
			for (Standings.Row row : results.rows()) {
				Row line = sheet.createRow(r++);
				numeric(line, 0, row.rank(), cell);
				text(line, 1, row.unitName(), cell);
				text(line, 2, row.cluster() == null ? "" : row.cluster(), cell);
				numeric(line, 3, row.clusterRank(), cell);
				numeric(line, 4, row.criteria().doubleValue(), number);
				numeric(line, 5, row.bonus().doubleValue(), number);
				numeric(line, 6, row.penalty().doubleValue(), number);
				numeric(line, 7, row.total().doubleValue(), number);
				text(line, 8, row.classification() == null ? "" : row.classification(), cell);
			}
			write(sheet, r + 1, 1, "NGƯỜI LẬP BIỂU", title);
			write(sheet, r + 1, 6, "TM. BAN DÂN VẬN", title);
			sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 6, 8));
			int[] widths = { 7, 40, 18, 10, 12, 12, 10, 12, 14 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.setRepeatingRows(new CellRangeAddress(4, 4, 0, HEADERS.length - 1));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CellStyle bordered(XSSFWorkbook book, Font font) {
		CellStyle style = book.createCellStyle();
		if (font != null) {
			style.setFont(font);
		}
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	private static void write(Sheet sheet, int r, int c, String value, CellStyle style) {
		Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		text(row, c, value, style);
	}

	private static void text(Row row, int c, String value, CellStyle style) {
		Cell cell = row.createCell(c);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void numeric(Row row, int c, double value, CellStyle style) {
		Cell cell = row.createCell(c);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

}
