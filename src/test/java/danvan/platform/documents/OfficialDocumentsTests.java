package danvan.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;

import danvan.platform.documents.OfficialDocument.Appendix;
import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Column;
import danvan.platform.documents.OfficialDocument.RowGroup;
import danvan.platform.documents.OfficialDocument.Signature;
import danvan.test.DanvanSpringTest;

/** One document model printed in the State and the Party layout, read back with POI and PDFBox. */
@DanvanSpringTest
class OfficialDocumentsTests {

	@Autowired
	LayoutProfiles profiles;

	@Autowired
	OfficialDocuments documents;

	@Test
	void aStateDecisionFollowsDecree30() throws Exception {
		LayoutProfile state = profiles.forDocument(DocumentFamily.STATE, LocalDate.of(2024, 1, 5));
		assertThat(state.getCode()).isEqualTo("STATE_ND30_2020");
		OfficialDocument doc = stateDecision();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.docx(doc, state)))) {
			CTSectPr section = word.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
			assertThat(section.getPgSz().getH().toString()).isEqualTo("16838");
			assertThat(section.getPgMar().getTop().toString()).isEqualTo("1134");
			assertThat(section.getPgMar().getBottom().toString()).isEqualTo("1134");
			assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1701");
			assertThat(section.getPgMar().getRight().toString()).isEqualTo("850");
			assertThat(section.isSetTitlePg()).as("no page number on page 1").isTrue();
			allRunsIn(word, "Times New Roman");
			XWPFTable header = word.getTables().get(0);
			assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
				.contains("Độc lập - Tự do - Hạnh phúc");
			assertThat(sizeOf(header.getRow(0).getCell(1).getParagraphs().get(0))).isEqualTo(12);
			assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/QĐ-UBND");
			assertThat(sizeOf(header.getRow(1).getCell(0).getParagraphs().get(0))).isEqualTo(13);
			XWPFRun date = header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(date.text()).isEqualTo("Châu Thành, ngày 05 tháng 01 năm 2024");
			assertThat(date.isItalic()).isTrue();
			XWPFParagraph ground = paragraphStarting(word, "Căn cứ Luật Thi đua");
			assertThat(ground.getRuns().get(0).isItalic()).isTrue();
			assertThat(ground.getText()).endsWith(";");
			assertThat(ground.getIndentationFirstLine()).isEqualTo(720);
			assertThat(sizeOf(ground)).isEqualTo(14);
			assertThat(paragraphStarting(word, "Điều 3.").getText()).endsWith("./.");
			XWPFTable footer = word.getTables().get(1);
			XWPFRun label = footer.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
			assertThat(label.text()).isEqualTo("Nơi nhận:");
			assertThat(label.isBold() && label.isItalic()).isTrue();
			assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
			List<XWPFParagraph> lines = footer.getRow(0).getCell(0).getParagraphs();
			assertThat(lines.get(1).getText()).isEqualTo("- Như Điều 3;");
			assertThat(sizeOf(lines.get(1))).isEqualTo(11);
			assertThat(lines.get(lines.size() - 1).getText()).isEqualTo("- Lưu: VT, TĐKT.");
			assertThat(footer.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH")
				.contains("Lâm Quốc Tuấn");
			XWPFTable list = word.getTables().get(2);
			assertThat(list.getRow(0).getCell(1).getText()).isEqualTo("Họ và tên, tên tập thể");
			assertThat(list.getRow(1).getCell(0).getText()).isEqualTo("I. TẬP THỂ");
		}
		look(documents.pdf(doc, state), "documents-state", "05/QĐ-UBND", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN");
	}

	@Test
	void aPartyDecisionFollowsGuidance36And05IsSwitchable() throws Exception {
		LayoutProfile party = profiles.forDocument(DocumentFamily.PARTY, LocalDate.of(2020, 10, 15));
		assertThat(party.getCode()).isEqualTo("PARTY_HD36_2018");
		assertThat(profiles.forDocument(DocumentFamily.PARTY, LocalDate.of(2026, 12, 1)).getCode())
			.as("05-HD/VPTW stays off until a registry clerk confirms it").isEqualTo("PARTY_HD36_2018");
		assertThat(party.formatNumber(125, "QĐ", "BDVHU")).isEqualTo("125-QĐ/BDVHU");
		assertThat(party.formatNumber(5, "QĐ", "BTGDVTU")).isEqualTo("05-QĐ/BTGDVTU");
		OfficialDocument doc = partyDecision();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.docx(doc, party)))) {
			CTSectPr section = word.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
			assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1701");
			allRunsIn(word, "Times New Roman");
			XWPFTable header = word.getTables().get(0);
			XWPFRun title = header.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(title.text()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
			assertThat(title.isBold()).isTrue();
			assertThat(title.getFontSizeAsDouble()).isEqualTo(15.0);
			assertThat(header.getRow(0).getCell(0).getText()).contains("HUYỆN ỦY CHÂU THÀNH").contains("BAN DÂN VẬN")
				.contains("*");
			assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số 125-QĐ/BDVHU");
			assertThat(sizeOf(header.getRow(1).getCell(0).getParagraphs().get(0))).isEqualTo(14);
			assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Châu Thành, ngày 15 tháng 10 năm 2020");
			assertThat(paragraphStarting(word, "QUYẾT ĐỊNH").getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
			assertThat(paragraphStarting(word, "- Căn cứ Điều lệ").getText()).endsWith(";");
			assertThat(paragraphStarting(word, "BAN DÂN VẬN HUYỆN ỦY QUYẾT ĐỊNH")).isNotNull();
			XWPFTable footer = word.getTables().get(1);
			XWPFRun label = footer.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
			assertThat(label.getUnderline().name()).isEqualTo("SINGLE");
			assertThat(label.getFontSizeAsDouble()).isEqualTo(14.0);
			List<XWPFParagraph> lines = footer.getRow(0).getCell(0).getParagraphs();
			assertThat(lines.get(1).getText()).isEqualTo("- Thường trực Huyện ủy,");
			assertThat(sizeOf(lines.get(1))).isEqualTo(12);
			assertThat(lines.get(lines.size() - 1).getText()).isEqualTo("- Lưu Ban Dân vận.");
			assertThat(footer.getRow(0).getCell(1).getText()).contains("K/T TRƯỞNG BAN").contains("PHÓ TRƯỞNG BAN");
		}
		look(documents.pdf(doc, party), "documents-party", "Số 125-QĐ/BDVHU", "K/T TRƯỞNG BAN", "ĐẢNG CỘNG SẢN");
		LayoutProfile hd05 = profiles.byCode("PARTY_HD05_2026");
		assertThat(hd05.isGroundsItalic()).isFalse();
		assertThat(hd05.getSource()).contains("05-HD/VPTW");
	}

	@Test
	void aDraftLeavesTheNumberBlank() {
		LayoutProfile party = profiles.byCode("PARTY_HD36_2018");
		assertThat(party.numberLine(null, "QĐ/BDVHU")).isEqualTo("Số       -QĐ/BDVHU");
		LayoutProfile state = profiles.byCode("STATE_ND30_2020");
		assertThat(state.numberLine(null, "QĐ-UBND")).isEqualTo("Số:       /QĐ-UBND");
		assertThat(state.dateLine("Hà Nội", LocalDate.of(2020, 6, 29))).isEqualTo("Hà Nội, ngày 29 tháng 6 năm 2020");
	}

	static OfficialDocument stateDecision() {
		return new OfficialDocument("", "Ủy ban nhân dân huyện Châu Thành", "05/QĐ-UBND", null, "Châu Thành",
				LocalDate.of(2024, 1, 5), "Quyết định", "Về việc tặng Giấy khen năm 2023",
				"Chủ tịch Ủy ban nhân dân huyện Châu Thành",
				List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
						"Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"),
				"Theo đề nghị của Trưởng phòng Nội vụ huyện", "QUYẾT ĐỊNH:",
				List.of(new Article("Điều 1.", "Tặng Giấy khen cho 02 tập thể và 03 cá nhân (có danh sách kèm theo).", null),
						new Article("Điều 2.", "Mỗi tập thể được thưởng 1.404.000 đồng, mỗi cá nhân 702.000 đồng.", null),
						new Article("Điều 3.", "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.", null)),
				new Signature(SigningAuthority.ON_BEHALF, "Ủy ban nhân dân", "Chủ tịch", "Lâm Quốc Tuấn"),
				List.of("Như Điều 3", "Thường trực Huyện ủy"), "TĐKT", List.of(list("Quyết định số 05/QĐ-UBND")));
	}

	static OfficialDocument partyDecision() {
		return new OfficialDocument("Huyện ủy Châu Thành", "Ban Dân vận", "125-QĐ/BDVHU", null, "Châu Thành",
				LocalDate.of(2020, 10, 15), "Quyết định",
				"về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua chào mừng 90 năm Ngày truyền thống công tác dân vận của Đảng",
				"Ban Dân vận Huyện ủy",
				List.of("Căn cứ Điều lệ Đảng Cộng sản Việt Nam",
						"Căn cứ Quy chế làm việc của Ban Dân vận Huyện ủy Châu Thành nhiệm kỳ 2020 - 2025",
						"Xét đề nghị của Hội đồng Thi đua - Khen thưởng Ban Dân vận Huyện ủy"),
				null, "QUYẾT ĐỊNH:",
				List.of(new Article("Điều 1.", "Tặng Giấy khen cho 06 tập thể và 21 cá nhân có thành tích xuất sắc (có danh sách kèm theo).", null),
						new Article("Điều 2.", "Văn phòng Ban, các tập thể và cá nhân có tên tại Điều 1 thi hành Quyết định này.", null)),
				new Signature(SigningAuthority.DEPUTY, "Trưởng ban", "Phó Trưởng ban", "Lê Minh Tâm"),
				List.of("Thường trực Huyện ủy", "Như Điều 2"), "Ban Dân vận", List.of(list("Quyết định số 125-QĐ/BDVHU")));
	}

	static Appendix list(String of) {
		List<List<String>> people = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			people.add(List.of(String.valueOf(i), "Nguyễn Văn Người " + i, "Chuyên viên, Ban Dân vận", "702.000"));
		}
		return new Appendix("Danh sách tập thể, cá nhân được khen thưởng", "(Kèm theo " + of + ")",
				List.of(new Column("STT", 8, "CENTER"), new Column("Họ và tên, tên tập thể", 37, "LEFT"),
						new Column("Chức vụ, đơn vị", 37, "LEFT"), new Column("Số tiền (đồng)", 18, "RIGHT")),
				List.of(new RowGroup("I. TẬP THỂ", List.of(List.of("1", "Khối Dân vận xã Bình Đức", "", "1.404.000"))),
						new RowGroup("II. CÁ NHÂN", people)));
	}

	private static void allRunsIn(XWPFDocument word, String font) {
		List<XWPFRun> runs = new ArrayList<>();
		word.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
		word.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
			.forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
		assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo(font));
	}

	private static int sizeOf(XWPFParagraph p) {
		return p.getRuns().get(0).getFontSizeAsDouble().intValue();
	}

	private static XWPFParagraph paragraphStarting(XWPFDocument word, String start) {
		return word.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
			.orElseThrow(() -> new AssertionError("no paragraph starting " + start));
	}

	/** Every font embedded, the text there; pages as pictures in target/screenshots to look at. */
	private static void look(byte[] pdf, String name, String... texts) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(texts);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				for (var fontName : document.getPage(i).getResources().getFontNames()) {
					PDFont font = document.getPage(i).getResources().getFont(fontName);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < Math.min(2, document.getNumberOfPages()); i++) {
				ImageIO.write(renderer.renderImageWithDPI(i, 80), "png", dir.resolve(name + "-" + (i + 1) + ".png").toFile());
			}
		}
	}

}
