package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.demo.EmulationDemoData;
import danvan.emulation.movement.Movement;
import danvan.emulation.results.Standings;
import danvan.test.DanvanSpringTest;

/** The unit's blank sheet out; a consolidated sheet with merged multi-row headers and a total column in. */
@DanvanSpringTest
class EmulationExcelTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	AssessmentService assessments;

	@Test
	void theBlankSheetHasTheCriteriaMaxPointsFormulasAndALockedStructure() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		byte[] xlsx = mvc.perform(get("/emulation/movements/{id}/units/{u}/score-sheet", m.getId(), fixture.unit("XA_BINH_DUC"))
			.with(as(users, "binhduc")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Điểm tự chấm");
			Row ii1 = rowOf(sheet, "II.1");
			assertThat(ii1.getCell(2).getNumericCellValue()).isEqualTo(15.0);
			assertThat(ii1.getCell(3).getCellStyle().getLocked()).isFalse();
			assertThat(ii1.getCell(1).getCellStyle().getLocked()).isTrue();
			assertThat(rowOf(sheet, "II").getCell(3).getCellFormula()).startsWith("SUBTOTAL(9,D");
			Row total = sheet.getRow(sheet.getLastRowNum());
			assertThat(total.getCell(3).getCellFormula()).contains("MIN(").contains(",5)");
			ii1.getCell(3).setCellValue(12.5);
			rowOf(sheet, "T.1").getCell(3).setCellValue(3);
			rowOf(sheet, "T.2").getCell(3).setCellValue(3);
			rowOf(sheet, "TR.1").getCell(3).setCellValue(1);
			book.getCreationHelper().createFormulaEvaluator().evaluateAll();
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(16.5);
			assertThat(rowOf(sheet, "II").getCell(3).getNumericCellValue()).isEqualTo(12.5);
		}
	}

	@Test
	void aConsolidatedSheetIsPreviewedWithEveryCellErrorThenCommittedAllOrNothing() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		String api = "/api/emulation/movements/" + m.getId() + "/score-imports";

		byte[] withErrors = consolidated(true);
		String body = mvc.perform(multipart(api).file(new MockMultipartFile("file", "tong-hop.xlsx", null, withErrors))
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[*].cell", hasItem("D8")))
			.andExpect(jsonPath("$.errors[*].cell", hasItem("E8")))
			.andExpect(jsonPath("$.errors[*].cell", hasItem("F8")))
			.andExpect(jsonPath("$.errors[*].cell", hasItem("B9")))
			.andExpect(jsonPath("$.errors[*].cell", hasItem("B10")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Điểm tiêu chí I.1 phải từ 0 đến 10.")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Điểm tiêu chí I.2 không phải là số.")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Ô có lỗi công thức (tiêu chí I.3).")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Không có đơn vị “Xã Không Có” trong danh sách tham gia phong trào.")))
			.andReturn().getResponse().getContentAsString();
		String badId = JsonPath.read(body, "$.id");
		mvc.perform(post(api + "/" + badId + "/commit").with(as(users, "bandanvan")))
			.andExpect(status().isUnprocessableContent());

		body = mvc.perform(multipart(api).file(new MockMultipartFile("file", "tong-hop.xlsx", null, consolidated(false)))
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].row").value(6))
			.andExpect(jsonPath("$.rows[0].unitName").value("Đảng ủy xã Bình Đức"))
			.andExpect(jsonPath("$.rows[0].total").value(22.5))
			.andExpect(jsonPath("$.rows[1].unitName").value("Đảng ủy xã Long Định"))
			.andExpect(jsonPath("$.mismatches", hasSize(1)))
			.andExpect(jsonPath("$.mismatches[0].row").value(7))
			.andExpect(jsonPath("$.mismatches[0].sheetTotal").value(30.0))
			.andExpect(jsonPath("$.mismatches[0].computedTotal").value(20.0))
			.andReturn().getResponse().getContentAsString();
		assertThat(assessments.forMovement(fixture.admin(), m.getId())).isEmpty();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post(api + "/" + id + "/commit").with(as(users, "thamdinh"))).andExpect(status().isNotFound());
		mvc.perform(post(api + "/" + id + "/commit").with(as(users, "bandanvan"))).andExpect(status().isOk());
		Assessment binhDuc = assessments.open(fixture.admin(), m.getId(), fixture.unit("XA_BINH_DUC"));
		assertThat(binhDuc.pointsOn(fixture.revisedScale().item("I.2").getId())).isEqualByComparingTo("7.5");
		assertThat(Standings.totalOf(fixture.revisedScale(), binhDuc)).isEqualByComparingTo("22.5");
	}

	@Test
	void theImportPageShowsThePreviewFragmentToHtmxAndCommits() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		String page = "/emulation/movements/" + m.getId() + "/score-imports";
		mvc.perform(get(page).with(as(users, "bandanvan"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("import-progress")));
		String html = mvc.perform(multipart(page).file(new MockMultipartFile("file", "tong-hop.xlsx", null, consolidated(true)))
			.header("HX-Request", "true").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).startsWith("<div id=\"import-preview\"").contains("D8").contains("Điểm tiêu chí I.1 phải từ 0 đến 10.")
			.doesNotContain("Lưu toàn bộ");
		html = mvc.perform(multipart(page).file(new MockMultipartFile("file", "tong-hop.xlsx", null, consolidated(false)))
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Lưu toàn bộ").contains("Dòng 7: bảng ghi 30, hệ thống tính 20");
		String commit = html.replaceAll("(?s).*action=\"([^\"]*/commit)\".*", "$1");
		mvc.perform(post(commit).with(as(users, "bandanvan"))).andExpect(status().is3xxRedirection());
		assertThat(assessments.forMovement(fixture.admin(), m.getId())).hasSize(2);
	}

	@Test
	void aFileThatIsNotAnExcelSheetIsRefusedInVietnamese() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		mvc.perform(multipart("/api/emulation/movements/{id}/score-imports", m.getId())
			.file(new MockMultipartFile("file", "tong-hop.xlsx", null, "không phải excel".getBytes()))
			.with(as(users, "bandanvan")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(multipart("/api/emulation/movements/{id}/score-imports", m.getId()).with(as(users, "bandanvan")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theResultsExportInThePrintedLayout() throws Exception {
		Long id = fixture.movements.all().stream().filter(x -> x.getName().equals(EmulationDemoData.MOVEMENT_90))
			.findFirst().orElseThrow().getId();
		byte[] xlsx = mvc.perform(get("/emulation/movements/{id}/results", id).param("format", "xlsx").with(as(users, "bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("KẾT QUẢ THI ĐUA");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("(Công bố lần 2");
			assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("Tổng điểm");
			assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(sheet.getRow(15).getCell(1).getStringCellValue()).startsWith("Đảng ủy");
		}
	}

	/** As boards keep it: a title, a two-row merged header with codes or accentless names, a total, a signature. */
	private byte[] consolidated(boolean withErrors) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Tổng hợp");
			set(sheet, 0, 0, "BẢNG TỔNG HỢP ĐIỂM THI ĐUA CÁC ĐƠN VỊ NĂM 2026");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
			set(sheet, 2, 0, "STT");
			set(sheet, 2, 1, "Tên đơn vị");
			set(sheet, 2, 2, "Mã");
			set(sheet, 2, 3, "I. Công tác lãnh đạo, chỉ đạo");
			set(sheet, 2, 6, "II. Thực hiện QCDC");
			set(sheet, 2, 7, "Tổng điểm");
			sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
			sheet.addMergedRegion(new CellRangeAddress(2, 4, 2, 2));
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
			sheet.addMergedRegion(new CellRangeAddress(2, 4, 7, 7));
			set(sheet, 3, 3, "I.1");
			set(sheet, 3, 4, "I.2");
			set(sheet, 3, 5, "cu can bo tham gia tap huan nghiep vu cong tac dan van");
			set(sheet, 3, 6, "II.1");
			set(sheet, 4, 3, "(10 điểm)");
			row(sheet, 5, "Xã Bình Đức", "10", "7,5", "2", "3", "22.5");
			row(sheet, 6, Normalizer.normalize("  LONG   ĐỊNH ", Normalizer.Form.NFD), "10", "8", "2", "0", "30");
			if (withErrors) {
				row(sheet, 7, "Thị trấn Tân Hiệp", "20", "bảy", null, "1", null);
				Cell broken = sheet.getRow(7).createCell(5);
				broken.setCellFormula("1/0");
				book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(broken);
				row(sheet, 8, "Xã Không Có", "5", "5", "1", "1", null);
				row(sheet, 9, "Đảng ủy xã Bình Đức", "5", "5", "1", "1", null);
			}
			set(sheet, 12, 5, "Người lập biểu");
			set(sheet, 15, 5, "Nguyễn Văn An");
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void row(Sheet sheet, int r, String unit, String i1, String i2, String i3, String ii1, String total) {
		set(sheet, r, 0, String.valueOf(r - 4));
		set(sheet, r, 1, unit);
		String[] values = { i1, i2, i3, ii1 };
		for (int k = 0; k < values.length; k++) {
			if (values[k] == null) {
				continue;
			}
			if (values[k].matches("[0-9.]+")) {
				sheet.getRow(r).createCell(3 + k).setCellValue(Double.parseDouble(values[k]));
			}
			else {
				set(sheet, r, 3 + k, values[k]);
			}
		}
		if (total != null) {
			sheet.getRow(r).createCell(7).setCellValue(Double.parseDouble(total));
		}
	}

	private static void set(Sheet sheet, int r, int c, String text) {
		Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		row.createCell(c).setCellValue(text);
	}

	private static Row rowOf(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

}
