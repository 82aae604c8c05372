package danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportFigure;
import danvan.reporting.report.ReportService;
import danvan.reporting.report.ReportStatus;
import danvan.test.DanvanSpringTest;

/** The demo district's Q3 2020 report and the communes' reports, as the board and the communes use them. */
@DanvanSpringTest
class ReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportService reports;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	danvan.platform.figures.Figures figures;

	private final Actor admin = new Actor() {
		@Override
		public String username() {
			return "admin";
		}

		@Override
		public String displayName() {
			return "admin";
		}

		@Override
		public Long homeUnitId() {
			return null;
		}

		@Override
		public List<Grant> grants() {
			return List.of(new Grant(Role.ADMIN, null));
		}
	};

	@Test
	void theDistrictsQ3ReportCountsTheRecordsItNames() {
		Report q3 = districtQ3();
		assertThat(q3.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(q3.getNumber()).isEqualTo("45-BC/BDVHU");
		// by hand: the units of the old district's subtree taking part in a movement running in Q3 2020
		String path = jdbc.queryForObject("select path from org_unit where code = 'HU_CHAU_THANH'", String.class);
		Long participants = jdbc.queryForObject("""
				select count(distinct p.unit_id) from emulation_participant p
				join emulation_movement m on m.id = p.movement_id join org_unit u on u.id = p.unit_id
				where m.status <> 'DRAFT' and m.period_start <= date '2020-09-30' and m.period_end >= date '2020-07-01'
				and u.path like ?""", Long.class, path + "%");
		assertThat(figure(q3, "emulation.participants").getCompiledValue()).isEqualByComparingTo(participants.toString());
		assertThat(participants).isPositive();
	}

	@Test
	void theDocumentsCarryTheNumberTitleNarrativeAndFigures() throws Exception {
		Report q3 = districtQ3();
		byte[] docx = mvc.perform(get("/api/reporting/reports/{id}/document.docx", q3.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("HUYỆN ỦY CHÂU THÀNH")
				.contains("BAN DÂN VẬN")
				.doesNotContain("BAN DÂN VẬN HUYỆN ỦY")
				.contains("Châu Thành, ngày 05 tháng 10 năm 2020")
				.contains("45-BC/BDVHU")
				.contains("BÁO CÁO")
				.contains("quý III năm 2020")
				.contains("phong trào thi đua chào mừng 90 năm")
				.contains("Đơn vị tham gia phong trào thi đua");
			assertThat(document.getTables()).isNotEmpty();
		}
		byte[] pdf = mvc.perform(get("/api/reporting/reports/{id}/document.pdf", q3.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("BÁO CÁO").contains("45-BC/BDVHU");
		}
		byte[] xlsx = mvc.perform(get("/api/reporting/reports/{id}/annex.xlsx", q3.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			List<String> names = new java.util.ArrayList<>();
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(names).contains("Đảng ủy xã Bình Đức", "Tổng cộng");
		}
	}

	@Test
	void theTemplatesChartsAreDrawnInTheDocxAndThePdfAboveTheirTables() throws Exception {
		Report q3 = districtQ3();
		byte[] docx = mvc.perform(get("/api/reporting/reports/{id}/document.docx", q3.getId()).with(as("bandanvan")))
			.andReturn().getResponse().getContentAsByteArray();
		int pictures;
		java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
		java.nio.file.Files.createDirectories(dir);
		java.nio.file.Files.write(dir.resolve("report-q3.docx"), docx);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			pictures = document.getAllPictures().size();
			assertThat(pictures).as("the opinions by status and the movements by commune").isGreaterThanOrEqualTo(2);
			assertThat(document.getParagraphs()).anyMatch(p -> p.getText().equals(
					"Biểu đồ 1. Ý kiến, kiến nghị của Nhân dân theo tình trạng"));
			// the movements by commune: one row a commune under the district, the district's total last
			var byUnit = document.getTables().stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("Đơn vị"))
				.filter(t -> t.getRow(0).getCell(1).getText().equals("Đơn vị tham gia phong trào thi đua"))
				.findFirst().orElseThrow();
			assertThat(byUnit.getText()).contains("Đảng ủy xã Bình Đức");
			assertThat(byUnit.getRow(byUnit.getNumberOfRows() - 1).getCell(0).getText()).isEqualTo("Tổng cộng");
			assertThat(byUnit.getRow(byUnit.getNumberOfRows() - 1).getCell(1).getText())
				.isEqualTo(figure(q3, "emulation.participants").getCompiledValue().stripTrailingZeros().toPlainString());
			// the chart draws only the communes with a value, the table every one of them: its height is one bar each
			int series = byUnit.getRow(0).getTableCells().size() - 1;
			long drawn = byUnit.getRows().subList(1, byUnit.getNumberOfRows() - 1).stream()
				.filter(r -> r.getTableCells().stream().skip(1).anyMatch(c -> !c.getText().equals("0"))).count();
			assertThat(drawn).isPositive().isLessThan(byUnit.getNumberOfRows() - 2);
			long barsHeight = 30 + 14 * drawn + 14 * drawn * series + (series > 1 ? 24 : 0);
			int expectedHeight = 2 * (int) Math.max(140, Math.min(barsHeight, 620));
			List<Integer> heights = new java.util.ArrayList<>();
			for (var picture : document.getAllPictures()) {
				heights.add(javax.imageio.ImageIO.read(new ByteArrayInputStream(picture.getData())).getHeight());
			}
			assertThat(heights).contains(expectedHeight);
		}
		byte[] pdf = mvc.perform(get("/api/reporting/reports/{id}/document.pdf", q3.getId()).with(as("bandanvan")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			int images = 0;
			var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				var resources = document.getPage(i).getResources();
				int before = images;
				for (var name : resources.getXObjectNames()) {
					if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
						images++;
					}
				}
				if (images > before) {
					javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 90), "png",
							dir.resolve("report-q3-page-" + (i + 1) + ".png").toFile());
				}
			}
			assertThat(images).isEqualTo(pictures);
			assertThat(new PDFTextStripper().getText(document)).contains("Biểu đồ 1. Ý kiến, kiến nghị của Nhân dân theo tình trạng");
		}
	}

	@Test
	void theBoardReturnsOnlyWithACommentAndACommuneReadsOnlyItsOwn() throws Exception {
		Report longDinh = reports.visibleTo(admin, null)
			.stream()
			.filter(r -> r.getUnitId().equals(unit("XA_LONG_DINH")) && r.getStatus() == ReportStatus.SUBMITTED)
			.findFirst()
			.orElseThrow();
		mvc.perform(post("/reporting/reports/{id}", longDinh.getId()).with(as("bandanvan"))
			.param("version", String.valueOf(longDinh.getVersion()))
			.param("action", "return")
			.param("comment", " "))
			.andExpect(flash().attribute("errorMessage", "Trả lại báo cáo phải ghi ý kiến để đơn vị bổ sung."));
		assertThat(reports.get(admin, longDinh.getId()).getStatus()).isEqualTo(ReportStatus.SUBMITTED);

		mvc.perform(get("/reporting/reports/{id}", longDinh.getId()).with(as("binhduc"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/reporting/reports").with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.unitId == " + unit("XA_LONG_DINH") + ")]").isEmpty())
			.andExpect(jsonPath("$[?(@.unitId == " + unit("XA_BINH_DUC") + ")].status").value("RETURNED"));
	}

	@Test
	void anOverrideNeedsItsNoteAndIsShownBesideTheRecordsFigure() throws Exception {
		Report draft = reports.create(admin, new ReportService.NewReport("PERIODIC", unit("DUX_LONG_HUNG"), null,
				java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31), "quý I năm 2026 (thử)"));
		ReportFigure figure = figure(draft, "emulation.participants");
		mvc.perform(post("/reporting/reports/{id}", draft.getId()).with(as("bandanvan"))
			.param("version", String.valueOf(draft.getVersion()))
			.param("action", "override")
			.param("figure", figure.getId().toString())
			.param("value", "7")
			.param("note", ""))
			.andExpect(flash().attribute("errorMessage", "Sửa số liệu phải ghi lý do."));
		assertThat(figure(reports.get(admin, draft.getId()), "emulation.participants").isOverridden()).isFalse();

		mvc.perform(post("/reporting/reports/{id}", draft.getId()).with(as("bandanvan"))
			.param("version", String.valueOf(reports.get(admin, draft.getId()).getVersion()))
			.param("action", "override")
			.param("figure", figure.getId().toString())
			.param("value", "7")
			.param("note", "Bổ sung 2 chi hội chưa nhập vào hệ thống"));
		ReportFigure corrected = figure(reports.get(admin, draft.getId()), "emulation.participants");
		assertThat(corrected.value()).isEqualByComparingTo("7");
		assertThat(corrected.getOverrideNote()).isEqualTo("Bổ sung 2 chi hội chưa nhập vào hệ thống");
		String page = mvc.perform(get("/reporting/reports/{id}", draft.getId()).with(as("bandanvan")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Lý do sửa: Bổ sung 2 chi hội chưa nhập vào hệ thống");
	}

	@Test
	void aReversedPeriodOrAnotherCommunesReportIsRefusedWithoutCreatingAnything() throws Exception {
		long before = reports.visibleTo(admin, null).size();
		mvc.perform(post("/reporting/reports").with(as("binhduc"))
			.param("kind", "PERIODIC")
			.param("unit", unit("DUX_KIM_SON").toString())
			.param("from", "2026-09-30")
			.param("to", "2026-07-01")
			.param("periodLabel", "quý III"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.")));
		mvc.perform(post("/reporting/reports").with(as("binhduc"))
			.param("kind", "PERIODIC")
			.param("unit", unit("DUX_LONG_DINH").toString())
			.param("from", "2026-07-01")
			.param("to", "2026-09-30")
			.param("periodLabel", "quý III"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reporting/reports").with(as("binhduc"))
			.param("kind", "PERIODIC")
			.param("unit", unit("XA_BINH_DUC").toString())
			.param("from", "2026-07-01")
			.param("to", "2026-09-30")
			.param("periodLabel", "quý III năm 2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng ủy xã Kim Sơn")));
		assertThat(reports.visibleTo(admin, null)).hasSize((int) before);
	}

	@Test
	void everyIndicatorOfTheTemplateIsInTheCatalogue() {
		List<String> codes = jdbc.queryForList("select figure_codes from reporting_template_section union all "
				+ "select figure_codes from reporting_template_chart", String.class)
			.stream()
			.flatMap(c -> java.util.Arrays.stream(c.split(",")))
			.map(String::strip)
			.filter(c -> !c.isEmpty())
			.toList();
		assertThat(codes).contains("dialogue.opinions.raised", "oversight.recommendations.overdue", "planning.tasks.done",
				"exemplar.recognised", "commendation.awards.individuals");
		assertThat(codes).allMatch(figures::knows, "a code the catalogue knows (sections and charts)");
	}

	@Test
	void aNewPetitionChangesTheRecompiledFigureAndTheChangeIsListed() throws Exception {
		Long longHung = unit("DUX_LONG_HUNG");
		Report report = reports.create(admin, new ReportService.NewReport("PERIODIC", longHung, null,
				java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 12, 31), "quý IV năm 2026 (thử)"));
		java.math.BigDecimal before = figure(report, "dialogue.opinions.raised").getCompiledValue();

		mvc.perform(post("/api/dialogue/petitions").with(as("bandanvan"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "receivedOn": "2026-11-02", "kind": "PETITION", "field": "Giao thông",
					 "content": "Đề nghị sửa cầu khỉ ấp 3", "petitionerName": "Lê Văn C"}""".formatted(longHung)))
			.andExpect(status().isCreated());
		mvc.perform(post("/reporting/reports/{id}", report.getId()).with(as("bandanvan"))
			.param("version", String.valueOf(reports.get(admin, report.getId()).getVersion()))
			.param("action", "recompile"));

		ReportFigure after = figure(reports.get(admin, report.getId()), "dialogue.opinions.raised");
		assertThat(after.getCompiledValue()).isEqualByComparingTo(before.add(java.math.BigDecimal.ONE));
		assertThat(after.getChangedFrom()).isEqualByComparingTo(before);
		String page = mvc.perform(get("/reporting/reports/{id}", report.getId()).with(as("bandanvan")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Lần tổng hợp trước: " + before.intValue());
	}

	private Report districtQ3() {
		Long id = reports.visibleTo(admin, unit("HU_CHAU_THANH"))
			.stream()
			.filter(r -> r.getUnitId().equals(unit("HU_CHAU_THANH")) && "45-BC/BDVHU".equals(r.getNumber()))
			.findFirst()
			.orElseThrow()
			.getId();
		return reports.get(admin, id);
	}

	private static ReportFigure figure(Report report, String code) {
		return report.getFigures().stream().filter(f -> f.getCode().equals(code)).findFirst().orElseThrow();
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	private RequestPostProcessor as(String username) {
		var details = users.loadUserByUsername(username);
		return request -> csrf().postProcessRequest(user(details).postProcessRequest(request));
	}

}
