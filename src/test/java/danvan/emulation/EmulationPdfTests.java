package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.emulation.demo.EmulationDemoData;
import danvan.emulation.movement.Movement;
import danvan.emulation.results.ResultPdfExporter;
import danvan.emulation.results.ResultService;
import danvan.emulation.results.Standings;
import danvan.test.DanvanSpringTest;

/** The results as a printed, signed PDF: Vietnamese text with an embedded font, pages that repeat the header. */
@DanvanSpringTest
class EmulationPdfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	ResultService results;

	@Autowired
	ResultPdfExporter pdfs;

	@Test
	void theBoardDownloadsThePublishedResultsAsAPrintedPdf() throws Exception {
		Long id = demoMovement();
		Standings.Row first = results.results(id).rows().get(0);
		mvc.perform(get("/emulation/movements/{id}/results", id).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/emulation/movements/" + id + "/results?format=pdf")))
			.andExpect(content().string(containsString(">Xuất PDF</a>")));
		var response = mvc.perform(get("/emulation/movements/{id}/results", id).param("format", "pdf")
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
			.andReturn().getResponse();
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"ket-qua-thi-dua-" + id + ".pdf\"; filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.isEqualTo("Kết quả thi đua - " + EmulationDemoData.MOVEMENT_90.replace('/', '-') + ".pdf");
		byte[] pdf = response.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			picture(document, 0, "emulation-results-published.png");
			Files.write(Path.of("target", "emulation-results-published.pdf"), pdf);
			String text = text(document);
			assertThat(text).contains("HUYỆN ỦY CHÂU THÀNH", "BAN DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM",
					"Đồng Tháp, ngày", "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA", "90 năm Ngày truyền thống",
					"(Công bố lần 2 ngày", "NGƯỜI LẬP BIỂU", "TM. BAN DÂN VẬN", "Xuất sắc");
			String total = first.total().setScale(2).toPlainString().replace('.', ',');
			assertThat(total).contains(",");
			assertThat(text.lines().filter(line -> line.contains(first.unitName())))
				.as("the line of %s, first, with %s", first.unitName(), total)
				.anySatisfy(line -> assertThat(line).startsWith("1 ").contains(" " + total + " " + first.rank() + " "));
			assertThat(document.getPage(0).getMediaBox().getWidth()).as("landscape")
				.isGreaterThan(document.getPage(0).getMediaBox().getHeight());
			assertEveryFontIsEmbeddedLiberationSerif(document);
		}
	}

	/** The PDF answers whoever the Excel export answers; published results are public anyway. */
	@Test
	void thePdfIsGuardedLikeTheExcelExportAndClosedToAnyoneSignedOut() throws Exception {
		Long id = demoMovement();
		mvc.perform(get("/emulation/movements/{id}/results", id).param("format", "pdf"))
			.andExpect(status().is3xxRedirection());
		for (String user : List.of("binhduc", "thamdinh", "bientap")) {
			int excel = mvc.perform(get("/emulation/movements/{id}/results", id).param("format", "xlsx").with(as(users, user)))
				.andReturn().getResponse().getStatus();
			mvc.perform(get("/emulation/movements/{id}/results", id).param("format", "pdf").with(as(users, user)))
				.andExpect(status().is(excel));
		}
	}

	@Test
	void thePublicPageOffersThePublishedPdfToAnyoneAndNothingBeforePublication() throws Exception {
		Long id = demoMovement();
		mvc.perform(get("/thi-dua/{id}/ket-qua", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/thi-dua/" + id + "/ket-qua?format=pdf")));
		byte[] pdf = mvc.perform(get("/thi-dua/{id}/ket-qua", id).param("format", "pdf").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(text(document)).contains("SUMMARY OF EMULATION SCORING RESULTS", "COMMUNIST PARTY OF VIETNAM",
					"(Published, revision 2 of", "Đảng ủy xã Bình Đức");
		}
		Movement unpublished = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		mvc.perform(get("/thi-dua/{id}/ket-qua", unpublished.getId()).param("format", "pdf"))
			.andExpect(status().isNotFound());
		byte[] provisional = mvc.perform(get("/emulation/movements/{id}/results", unpublished.getId()).param("format", "pdf")
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(provisional)) {
			assertThat(text(document)).contains("(Kết quả tạm tính, chưa công bố)", "Đảng ủy xã Long Định");
		}
		byte[] ownOnly = mvc.perform(get("/emulation/movements/{id}/results", unpublished.getId()).param("format", "pdf")
			.with(as(users, "binhduc")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(ownOnly)) {
			assertThat(text(document)).contains("Đảng ủy xã Kim Sơn").doesNotContain("Đảng ủy xã Long Định");
		}
	}

	@Test
	void aLongTableBreaksAcrossPagesWithItsHeaderRepeatedAndEveryNameEscaped() throws Exception {
		Movement movement = fixture.movements.get(demoMovement());
		List<Standings.Row> rows = new ArrayList<>();
		for (int i = 1; i <= 70; i++) {
			String name = i == 70 ? "Ấp <b>Mới</b> & \"Tân\"" : "Đảng ủy xã Thử Nghiệm số " + i;
			rows.add(new Standings.Row((long) i, name, "Cụm " + (1 + i % 3), new BigDecimal("90"), new BigDecimal("5.5"),
					BigDecimal.ZERO, BigDecimal.valueOf(9550 - 25 * i, 2), i, 1 + i / 3, i < 10 ? "Xuất sắc" : "Tốt",
					Instant.EPOCH));
		}
		byte[] pdf = pdfs.export(new ResultService.Results(movement, rows, true, null), Locale.forLanguageTag("vi"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			picture(document, 0, "emulation-results-long-1.png");
			picture(document, document.getNumberOfPages() - 1, "emulation-results-long-last.png");
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
				assertThat(text).as("page %d", page).contains("STT", "Đơn vị", "Xếp loại",
						"Trang " + page + "/" + document.getNumberOfPages());
			}
			String text = text(document);
			assertThat(text).contains("(Kết quả tạm tính, chưa công bố)", "Ấp <b>Mới</b> & \"Tân\"",
					"Đảng ủy xã Thử Nghiệm số 1 ", "95,25", "78,25");
			assertEveryFontIsEmbeddedLiberationSerif(document);
		}
	}

	@Test
	void thePlaceComesFromTheCommitteeInTheOrganisersName() {
		assertThat(ResultPdfExporter.placeIn("Ban Dân vận Huyện ủy Châu Thành")).contains("Châu Thành");
		assertThat(ResultPdfExporter.placeIn("Đảng ủy xã Bình Đức")).contains("Bình Đức");
		assertThat(ResultPdfExporter.placeIn("Ban Dân vận Tỉnh uỷ Tiền Giang")).contains("Tiền Giang");
		assertThat(ResultPdfExporter.placeIn("Ban Dân vận Đảng ủy phường Mỹ Phong")).contains("Mỹ Phong");
		assertThat(ResultPdfExporter.placeIn("Hội Nông dân huyện Châu Thành")).isEmpty();
	}

	private Long demoMovement() {
		return fixture.movements.all().stream().filter(x -> x.getName().equals(EmulationDemoData.MOVEMENT_90))
			.findFirst().orElseThrow().getId();
	}

	private static String text(PDDocument document) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
	}

	private static void assertEveryFontIsEmbeddedLiberationSerif(PDDocument document) throws IOException {
		List<String> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
				fonts.add(font.getName());
			}
		}
		assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSerif"));
	}

	/** A page as an image under target/, to look at. */
	private static void picture(PDDocument document, int page, String file) throws IOException {
		Path out = Path.of("target", file);
		Files.createDirectories(out.getParent());
		ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 110), "png", out.toFile());
	}

}
