package danvan.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import danvan.platform.charts.Chart;
import danvan.platform.charts.ChartPictures;
import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Column;
import danvan.platform.documents.OfficialDocument.Picture;
import danvan.platform.documents.OfficialDocument.Signature;
import danvan.test.DanvanSpringTest;

/** A chart drawn on the server, printed in a Party report as DOCX and PDF: the picture, its caption, its table. */
@DanvanSpringTest
class PictureDocumentsTests {

	private static final String ANSWERED = "Kiến nghị đã trả lời";

	@Autowired
	LayoutProfiles profiles;

	@Autowired
	OfficialDocuments documents;

	@Test
	void theDocxEmbedsTheChartAtTheTextWidthWithItsTableUnderIt() throws Exception {
		LayoutProfile party = profiles.forDocument(DocumentFamily.PARTY, LocalDate.of(2020, 10, 5));
		byte[] png = bars();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.docx(report(png), party)))) {
			List<XWPFPictureData> pictures = word.getAllPictures();
			assertThat(pictures).hasSize(1);
			assertThat(pictures.get(0).getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG);
			assertThat(pictures.get(0).getData()).isEqualTo(png);
			XWPFRun run = word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
				.filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
			long width = run.getCTR().getDrawingArray(0).getInlineArray(0).getExtent().getCx();
			long height = run.getCTR().getDrawingArray(0).getInlineArray(0).getExtent().getCy();
			long textWidth = (long) (DocxRenderer.twips(party.getPageWidthMm()) - DocxRenderer.twips(party.getMarginLeftMm())
					- DocxRenderer.twips(party.getMarginRightMm())) * 635;
			assertThat(width).isEqualTo(textWidth);
			assertThat(height).isEqualTo(textWidth * 600 / 936);
			assertThat(word.getParagraphs()).anyMatch(p -> p.getText().equals("Biểu đồ 1. Ý kiến, kiến nghị theo tình trạng"));
			XWPFTable values = word.getTables().stream().filter(t -> t.getText().contains(ANSWERED)).findFirst().orElseThrow();
			assertThat(values.getRow(0).getCell(0).getText()).isEqualTo("Chỉ tiêu");
			assertThat(values.getRows()).hasSize(4);
		}
	}

	@Test
	void thePdfPrintsTheSameImageAndReadsInVietnamese() throws Exception {
		LayoutProfile party = profiles.forDocument(DocumentFamily.PARTY, LocalDate.of(2020, 10, 5));
		byte[] pdf = documents.pdf(report(bars()), party);
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDImageXObject> images = new ArrayList<>();
			for (var page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
						images.add(image);
					}
				}
			}
			assertThat(images).hasSize(1);
			assertThat(images.get(0).getWidth()).isEqualTo(936);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Biểu đồ 1. Ý kiến, kiến nghị theo tình trạng").contains(ANSWERED);
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
			ImageIO.write(page, "png", dir.resolve("picture-document-1.png").toFile());
		}
	}

	@Test
	void aDocumentWithoutPicturesHasNone() throws Exception {
		LayoutProfile party = profiles.forDocument(DocumentFamily.PARTY, LocalDate.of(2020, 10, 15));
		OfficialDocument decision = OfficialDocumentsTests.partyDecision();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.docx(decision, party)))) {
			assertThat(word.getAllPictures()).isEmpty();
		}
		assertThat(PdfRenderer.html(decision, party)).doesNotContain("<img");
	}

	@Test
	void theChartIsDrawnAtTwiceItsSizeWithTheBundledVietnameseFont() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bars()));
		assertThat(image.getWidth()).isEqualTo(936);
		assertThat(image.getHeight()).isEqualTo(600);
		java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
				new org.springframework.core.io.ClassPathResource("fonts/LiberationSerif-Regular.ttf").getInputStream());
		assertThat(font.canDisplayUpTo(ANSWERED + " Ý kiến quá hạn")).as("every glyph in the font").isEqualTo(-1);
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve("chart-bars.png"), bars());
		Files.write(dir.resolve("chart-pie.png"), ChartPictures.png(new Chart("p", "Đối thoại theo hình thức", "pie",
				List.of(new Chart.Category("Đối thoại toàn diện", null), new Chart.Category("Đối thoại chuyên đề", null)),
				List.of(new Chart.Series("Số cuộc", List.of(BigDecimal.ONE, BigDecimal.valueOf(2))))), 468, 220, 2));
	}

	private static byte[] bars() {
		return ChartPictures.png(new Chart("opinions", null, "bar",
				List.of(new Chart.Category("Ý kiến, kiến nghị tiếp nhận", null), new Chart.Category(ANSWERED, null),
						new Chart.Category("Ý kiến quá hạn", null)),
				List.of(new Chart.Series("Kỳ này", List.of(BigDecimal.valueOf(12), BigDecimal.valueOf(9), BigDecimal.ONE)))),
				468, 300, 2);
	}

	private static OfficialDocument report(byte[] png) {
		Picture picture = new Picture("Biểu đồ 1. Ý kiến, kiến nghị theo tình trạng", png, 936, 600,
				List.of(new Column("Chỉ tiêu", 60, "LEFT"), new Column("Kỳ này", 40, "RIGHT")),
				List.of(List.of("Ý kiến, kiến nghị tiếp nhận", "12"), List.of(ANSWERED, "9"), List.of("Ý kiến quá hạn", "1")));
		return new OfficialDocument("Huyện ủy Châu Thành", "Ban Dân vận", "45-BC/BDVHU", null, "Châu Thành",
				LocalDate.of(2020, 10, 5), "Báo cáo", "Kết quả công tác dân vận quý III năm 2020", null, List.of(), null,
				null,
				List.of(new Article("I. Ý kiến, kiến nghị của Nhân dân", "Trong quý, Ban tiếp nhận 12 ý kiến.", List.of(),
						List.of(picture)), new Article("II. Phương hướng", "Tiếp tục theo dõi việc trả lời.", null)),
				new Signature(SigningAuthority.DIRECT, null, "Trưởng ban", ""), List.of("Thường trực Huyện ủy"), "Văn phòng",
				List.of());
	}

}
