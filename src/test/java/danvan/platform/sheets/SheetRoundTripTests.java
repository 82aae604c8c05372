package danvan.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A sheet written with the platform's styles and helpers reads back through the streaming reader: merged
 * headings, a number with two decimals, a number typed as text with a decimal comma, the locked structure.
 */
class SheetRoundTripTests {

	@Test
	void aWrittenSheetReadsBackWithItsMergedHeadersAndDecimalCommas() throws Exception {
		byte[] xlsx = written();

		SheetGrid grid = SheetGrid.read(xlsx);

		assertThat(grid.mergedRegions()).extracting(CellRangeAddress::formatAsString)
			.containsExactlyInAnyOrder("A1:D1", "A3:A4", "B3:C3", "D3:D4");
		assertThat(SheetCells.text(grid.cell(0, 0))).isEqualTo("BẢNG TỔNG HỢP ĐIỂM THI ĐUA");
		assertThat(SheetCells.text(grid.cell(2, 1))).isEqualTo("Tiêu chí I");
		assertThat(SheetCells.text(grid.cell(3, 2))).isEqualTo("I.2");
		assertThat(SheetCells.text(grid.cell(4, 0))).isEqualTo("Xã Long Định");
		assertThat(SheetCells.number(grid.cell(4, 1)).number()).isEqualByComparingTo("7.5");
		assertThat(SheetCells.number(grid.cell(4, 2)).number()).isEqualByComparingTo("8.25");
		assertThat(SheetCells.number(grid.cell(4, 3)).blank()).isTrue();
		assertThat(SheetCells.number(grid.cell(4, 0)).problem()).isEqualTo(SheetCells.Problem.NOT_A_NUMBER);
		assertThat(SheetCells.name(4, 2)).isEqualTo("C5");

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.getColumnWidth(0)).isEqualTo(30 * 256);
			assertThat(sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(sheet.getRow(4).getCell(3).getCellStyle().getLocked()).isFalse();
			assertThat(sheet.getRow(2).getCell(1).getCellStyle().getLocked()).isTrue();
			assertThat(book.getFontAt(sheet.getRow(2).getCell(1).getCellStyle().getFontIndex()).getFontName())
				.isEqualTo("Times New Roman");
		}
	}

	@Test
	void textWithADecimalCommaIsANumberAndNothingElseIs() {
		assertThat(SheetCells.decimal(" 7,5 ")).isEqualByComparingTo("7.5");
		assertThat(SheetCells.decimal("12.25")).isEqualByComparingTo("12.25");
		assertThat(SheetCells.decimal("1.000,5")).isNull();
		assertThat(SheetCells.decimal("bảy")).isNull();
	}

	private static byte[] written() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("Tổng hợp");
			SheetStyles styles = new SheetStyles(book);
			CellStyle header = styles.bordered(styles.boldFont());
			CellStyle text = styles.bordered(styles.plainFont());
			CellStyle decimal = styles.decimal(styles.bordered(styles.plainFont()));
			CellStyle input = SheetStyles.open(styles.decimal(styles.bordered(styles.plainFont())));
			Sheets.heading(sheet, 0, 0, 3, "BẢNG TỔNG HỢP ĐIỂM THI ĐUA", styles.title());
			Row top = Sheets.row(sheet, 2);
			Sheets.text(top, 0, "Đơn vị", header);
			Sheets.text(top, 1, "Tiêu chí I", header);
			Sheets.text(top, 3, "Ghi chú", header);
			sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
			sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
			Row sub = Sheets.row(sheet, 3);
			Sheets.text(sub, 1, "I.1", header);
			Sheets.text(sub, 2, "I.2", header);
			Row line = Sheets.row(sheet, 4);
			Sheets.text(line, 0, "Xã Long Định", text);
			Sheets.number(line, 1, 7.5, decimal);
			Sheets.text(line, 2, "8,25", text);
			line.createCell(3).setCellStyle(input);
			Sheets.widths(sheet, 30, 10, 10, 20);
			Sheets.lock(sheet);
			return Sheets.bytes(book);
		}
	}

}
