package danvan.emulation.results;

import static danvan.platform.sheets.Sheets.bytes;
import static danvan.platform.sheets.Sheets.heading;
import static danvan.platform.sheets.Sheets.number;
import static danvan.platform.sheets.Sheets.row;
import static danvan.platform.sheets.Sheets.text;
import static danvan.platform.sheets.Sheets.widths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import danvan.platform.AppClock;
import danvan.platform.sheets.SheetStyles;

/** The results as boards print them: title, one line per unit in rank order, and the signature block. */
public final class ResultSheetExporter {

	private static final String[] HEADERS = { "Hạng", "Đơn vị", "Cụm thi đua", "Hạng trong cụm", "Điểm tiêu chí",
			"Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại" };

	private ResultSheetExporter() {
	}

	public static byte[] export(ResultService.Results results) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("Kết quả");
			SheetStyles styles = new SheetStyles(book);
			CellStyle title = styles.title();
			CellStyle header = styles.bordered(styles.boldFont());
			CellStyle cell = styles.bordered(null);
			CellStyle decimal = styles.decimal(styles.bordered(null));
			heading(sheet, 0, 0, HEADERS.length - 1, "KẾT QUẢ THI ĐUA", title);
			heading(sheet, 1, 0, HEADERS.length - 1, results.movement().getName(), title);
			String status = results.provisional() ? "(Kết quả tạm tính, chưa công bố)"
					: "(Công bố lần " + results.revision().getRevisionNo() + " ngày " + DateTimeFormatter.ofPattern("dd/MM/yyyy")
						.format(results.revision().getPublishedAt().atZone(AppClock.VIETNAM)) + ")";
			heading(sheet, 2, 0, HEADERS.length - 1, status, title);
			for (int c = 0; c < HEADERS.length; c++) {
				text(row(sheet, 4), c, HEADERS[c], header);
			}
			int r = 5;
			for (Standings.Row row : results.rows()) {
				Row line = sheet.createRow(r++);
				number(line, 0, row.rank(), cell);
				text(line, 1, row.unitName(), cell);
				text(line, 2, row.cluster() == null ? "" : row.cluster(), cell);
				number(line, 3, row.clusterRank(), cell);
				number(line, 4, row.criteria().doubleValue(), decimal);
				number(line, 5, row.bonus().doubleValue(), decimal);
				number(line, 6, row.penalty().doubleValue(), decimal);
				number(line, 7, row.total().doubleValue(), decimal);
				text(line, 8, row.classification() == null ? "" : row.classification(), cell);
			}
			text(row(sheet, r + 1), 1, "NGƯỜI LẬP BIỂU", title);
			heading(sheet, r + 1, 6, 8, "TM. BAN DÂN VẬN", title);
			widths(sheet, 7, 40, 18, 10, 12, 12, 10, 12, 14);
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.setRepeatingRows(new CellRangeAddress(4, 4, 0, HEADERS.length - 1));
			return bytes(book);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
