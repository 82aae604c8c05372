package danvan.emulation.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import danvan.platform.sheets.SheetCells;
import danvan.platform.sheets.SheetGrid;

/** The streaming reader sees every cell as POI's own object model does, whichever way the sheet stores it. */
class SheetGridTests {

	@Test
	void sharedStringsFormulasErrorsAndMergedRegionsReadAsPoiReadsThem() throws Exception {
		XSSFWorkbook book = filled(new XSSFWorkbook());
		Row formulas = book.getSheetAt(0).createRow(6);
		formulas.createCell(2).setCellFormula("SUM(C4:C5)");
		formulas.createCell(3).setCellFormula("1/0");
		formulas.createCell(4).setCellFormula("\"Tổng \" & \"cộng\"");
		formulas.createCell(5).setCellFormula("C4>1");
		book.getCreationHelper().createFormulaEvaluator().evaluateAll();
		book.createSheet("Trang sau").createRow(0).createCell(0).setCellValue("không đọc");
		byte[] xlsx = written(book);
		SheetGrid grid = SheetGrid.read(xlsx);
		assertSameAsPoi(xlsx, grid);
		assertThat(SheetCells.text(grid.cell(0, 0))).isEqualTo("BẢNG TỔNG HỢP");
		assertThat(ScoreCells.points(grid.cell(6, 2)).points()).isEqualByComparingTo("17.5");
		assertThat(ScoreCells.points(grid.cell(6, 3)).problem()).isEqualTo("emulation.import.formulaError");
		assertThat(SheetCells.text(grid.cell(6, 4))).isEqualTo("Tổng cộng");
		assertThat(SheetCells.text(grid.cell(6, 5))).isEqualTo("true");
		assertThat(grid.mergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:F1"), CellRangeAddress.valueOf("B2:B3"));
	}

	@Test
	void inlineStringsAsStreamingWritersStoreThemReadAlike() throws Exception {
		byte[] xlsx = written(filled(new SXSSFWorkbook()));
		assertThat(firstSheetXml(xlsx)).contains("t=\"inlineStr\"");
		SheetGrid grid = SheetGrid.read(xlsx);
		assertSameAsPoi(xlsx, grid);
		assertThat(ScoreCells.points(grid.cell(3, 3)).points()).isEqualByComparingTo("7.5");
	}

	@Test
	void aSheetWithMoreCellsThanAllowedIsRefused() throws Exception {
		byte[] xlsx = written(filled(new XSSFWorkbook()));
		assertThat(SheetGrid.read(xlsx, 20).lastRow()).isEqualTo(4);
		assertThatThrownBy(() -> SheetGrid.read(xlsx, 10)).isInstanceOf(SheetGrid.TooLarge.class);
	}

	/** A title, a header with a merged cell, and two units' rows: numbers, a decimal comma, blanks, a gap. */
	private static <W extends Workbook> W filled(W book) {
		Sheet sheet = book.createSheet("Tổng hợp");
		sheet.createRow(0).createCell(0).setCellValue("BẢNG TỔNG HỢP");
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
		Row header = sheet.createRow(1);
		header.createCell(1).setCellValue("Tên đơn vị");
		header.createCell(2).setCellValue("I.1");
		header.createCell(3).setCellValue(2);
		sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
		Row first = sheet.createRow(3);
		first.createCell(1).setCellValue("Xã Bình Đức");
		first.createCell(2).setCellValue(10);
		first.createCell(3).setCellValue("7,5");
		first.createCell(5).setCellValue(true);
		Row second = sheet.createRow(4);
		second.createCell(1).setCellValue("  Long Định ");
		second.createCell(2).setCellValue(7.5);
		second.createCell(4).setCellValue("");
		return book;
	}

	private static byte[] written(Workbook book) throws IOException {
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
	}

	private static String firstSheetXml(byte[] xlsx) throws Exception {
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx));
				InputStream sheet = new XSSFReader(workbook).getSheetsData().next()) {
			return new String(sheet.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void assertSameAsPoi(byte[] xlsx, SheetGrid grid) throws Exception {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(grid.lastRow()).isEqualTo(sheet.getLastRowNum());
			int compared = 0;
			for (int r = 0; r <= sheet.getLastRowNum() + 1; r++) {
				Row row = sheet.getRow(r);
				for (int c = 0; c < 8; c++) {
					Cell cell = row == null ? null : row.getCell(c);
					SheetGrid.Value value = grid.cell(r, c);
					assertThat(SheetCells.text(value)).as("text of %d,%d", r, c).isEqualTo(SheetCells.text(cell));
					assertThat(ScoreCells.points(value)).as("points of %d,%d", r, c).isEqualTo(ScoreCells.points(cell));
					compared += cell == null || cell.getCellType() == CellType.BLANK ? 0 : 1;
				}
			}
			assertThat(compared).isGreaterThan(10);
			assertThat(grid.mergedRegions()).containsExactlyElementsOf(List.copyOf(sheet.getMergedRegions()));
		}
	}

}
