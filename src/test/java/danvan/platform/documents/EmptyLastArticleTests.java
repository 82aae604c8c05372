package danvan.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Signature;
import danvan.test.DanvanSpringTest;

/**
 * A report whose last section is still empty (the 9-month report's "Phần thứ hai") ends on its heading, with no
 * space before the closing mark: "… kỳ tới./.", not "… kỳ tới ./.".
 */
@DanvanSpringTest
class EmptyLastArticleTests {

	static final String HEADING = "PHẦN THỨ HAI. Phương hướng, nhiệm vụ kỳ tới";

	@Autowired
	LayoutProfiles profiles;

	@Autowired
	OfficialDocuments documents;

	@Test
	void anEmptyLastSectionEndsOnItsHeading() throws Exception {
		LayoutProfile party = profiles.forDocument(DocumentFamily.PARTY, LocalDate.of(2020, 10, 8));
		OfficialDocument doc = new OfficialDocument("Huyện ủy Châu Thành", "Ban Dân vận", "12-BC/BDVHU", null,
				"Châu Thành", LocalDate.of(2020, 10, 8), "Báo cáo", "sơ kết công tác dân vận 9 tháng năm 2020", null,
				List.of(), null, null,
				List.of(new Article("PHẦN THỨ NHẤT. Tình hình", "Tình hình chung ổn định.", null),
						new Article(HEADING, "", null)),
				new Signature(SigningAuthority.DIRECT, null, "Trưởng ban", ""), List.of("Như trên"), "VT", List.of());
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.docx(doc, party)))) {
			String last = word.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.filter(t -> t.startsWith("PHẦN THỨ HAI"))
				.findFirst()
				.orElseThrow();
			assertThat(last).startsWith(HEADING).doesNotContain("tới .").doesNotContain("tới  ");
			assertThat(last.substring(HEADING.length())).doesNotStartWith(" ");
		}
		try (PDDocument pdf = Loader.loadPDF(documents.pdf(doc, party))) {
			String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ');
			assertThat(text).contains(HEADING).doesNotContain("kỳ tới .");
		}
	}

}
