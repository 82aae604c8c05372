package danvan.commendation.certificate;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

import danvan.commendation.decision.Decision;
import danvan.commendation.decision.DecisionService;
import danvan.commendation.demo.CommendationDemoData;

/** Certificates of decision 125-QĐ/BDVHU on the A4 landscape blank: size, text only, calibration, the design. */
@DanvanSpringTest
class CertificatesTests {

	private static final double PT_PER_MM = 72 / 25.4;

	@Autowired
	Certificates certificates;

	@Autowired
	DecisionService decisions;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void onTheBlankOnlyTheTextIsPrintedAtTheBlanksSizeOnePagePerRecipient() throws IOException {
		Decision october = october();
		byte[] pdf = certificates.pdf(october.getId(), null, true);
		save("certificates-blank.pdf", pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(27);
			PDRectangle page = doc.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo((float) (297 * PT_PER_MM), org.assertj.core.data.Offset.offset(0.5f));
			assertThat(page.getHeight()).isCloseTo((float) (210 * PT_PER_MM), org.assertj.core.data.Offset.offset(0.5f));
			String first = text(doc, 1);
			assertThat(first).contains(october.getRecipients().get(0).getName(), "125-QĐ/BDVHU", "Nguyễn Thị Thu Hà")
				.doesNotContain("GIẤY KHEN", "ĐẢNG CỘNG SẢN VIỆT NAM", "TẶNG");
			assertThat(text(doc, 7)).contains("Đồng chí " + october.getRecipients().get(6).getName());
		}
	}

	@Test
	void theCalibrationMovesEveryTextByTheMeasuredMillimetres() throws IOException {
		Decision october = october();
		BlankProfile blank = certificates.profiles().stream().filter(p -> p.getCode().equals("GIAY_KHEN_TT_A4"))
			.findFirst().orElseThrow();
		String name = october.getRecipients().get(0).getName();
		float[] before = origin(certificates.pdf(october.getId(), 0, true), name);
		certificates.calibrate(CommendationDemoData.DemoActor.INSTANCE, blank.getId(), blank.getVersion(),
				new BigDecimal("5"), new BigDecimal("-3"));
		try {
			float[] after = origin(certificates.pdf(october.getId(), 0, true), name);
			assertThat(after[0] - before[0]).isCloseTo((float) (5 * PT_PER_MM), org.assertj.core.data.Offset.offset(0.3f));
			assertThat(after[1] - before[1]).isCloseTo((float) (-3 * PT_PER_MM), org.assertj.core.data.Offset.offset(0.3f));
			// plain paper ignores the printer's offset of the blank
			float[] plain = origin(certificates.pdf(october.getId(), 0, false), name);
			assertThat(plain[0]).isCloseTo(before[0], org.assertj.core.data.Offset.offset(0.3f));
		}
		finally {
			BlankProfile now = certificates.profile(blank.getId());
			certificates.calibrate(CommendationDemoData.DemoActor.INSTANCE, now.getId(), now.getVersion(),
					BigDecimal.ZERO, BigDecimal.ZERO);
		}
		BlankProfile now = certificates.profile(blank.getId());
		assertThatThrownBy(() -> certificates.calibrate(CommendationDemoData.DemoActor.INSTANCE, now.getId(),
				now.getVersion(), new BigDecimal("31"), BigDecimal.ZERO))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("offsetX"));
		assertThat(certificates.profile(blank.getId()).getOffsetXMm()).isEqualByComparingTo("0");
	}

	@Test
	void onPlainPaperTheDesignIsPrintedAndADraftHasNoCertificate() throws IOException {
		Decision october = october();
		byte[] pdf = certificates.pdf(october.getId(), 6, false);
		save("certificate-plain.pdf", pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			assertThat(text(doc, 1)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN DÂN VẬN", "GIẤY KHEN", "TẶNG",
					october.getRecipients().get(6).getName(), "ngày 12 tháng 10 năm 2020");
		}
		Decision draft = decisions.list().stream().filter(Decision::isDraft).findFirst().orElseThrow();
		assertThatThrownBy(() -> certificates.pdf(draft.getId(), null, true))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.messageKey()).isEqualTo("commendation.certificate.notIssued"));
		BlankProfile blank = certificates.profiles().get(0);
		save("certificate-test-page.pdf", certificates.testPage(blank.getId()));
	}

	@Test
	void onlyTheBoardPrintsCertificates() throws Exception {
		Long id = october().getId();
		mvc.perform(get("/commendation/decisions/{id}/certificates.pdf", id).param("mode", "plain")
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/commendation/decisions/{id}/certificates.pdf", id).with(as(users, "binhduc")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/commendation/decisions/{id}/certificates/99.pdf", id).with(as(users, "bandanvan")))
			.andExpect(status().isNotFound());
	}

	private Decision october() {
		return decisions.list().stream().filter(d -> "125-QĐ/BDVHU".equals(d.getNumber())).findFirst().orElseThrow();
	}

	private static String text(PDDocument doc, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(doc);
	}

	/** Where the first glyph of {@code text} sits on the first page, in points from the top left. */
	private static float[] origin(byte[] pdf, String text) throws IOException {
		float[] found = new float[] { Float.NaN, Float.NaN };
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String line, List<TextPosition> positions) throws IOException {
					if (Float.isNaN(found[0]) && line.contains(text)) {
						TextPosition first = positions.get(line.indexOf(text));
						found[0] = first.getXDirAdj();
						found[1] = first.getYDirAdj();
					}
				}
			};
			stripper.setEndPage(1);
			stripper.getText(doc);
		}
		assertThat(found[0]).as("position of " + text).isNotNaN();
		return found;
	}

	private static void save(String name, byte[] pdf) throws IOException {
		Path dir = Path.of("target", "commendation-certificates");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), pdf);
	}

}
