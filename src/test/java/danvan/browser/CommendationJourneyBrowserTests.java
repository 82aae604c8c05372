package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import danvan.test.BrowserTest;

/** A board officer takes a nomination from draft to an issued, numbered decision and downloads it. */
class CommendationJourneyBrowserTests extends BrowserTest {

	@Test
	void aNominationBecomesAnIssuedDecisionThatDownloadsAsPdf() throws Exception {
		Page page = newPage(1280, 1000);
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/commendation/nominations"));
		page.getByLabel("Tên hồ sơ").fill("Đề nghị tặng Giấy khen năm 2026");
		select(page, "#unitId", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp");
		page.locator("#award").selectOption("GK_CN");
		button(page, "Lập hồ sơ").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lập hồ sơ đề nghị");

		select(page, "#c-official", "Mỹ Nhiên");
		page.locator("#c-achievement").fill("Hoàn thành xuất sắc nhiệm vụ năm 2026");
		button(page, "Thêm người được đề nghị").click();
		assertThat(page.locator("table").first()).containsText("Mỹ Nhiên");
		button(page, "Gửi hồ sơ").click();
		button(page, "Tiếp nhận hồ sơ").click();
		button(page, "Kiểm tra điều kiện").click();
		assertThat(page.locator("table").first()).containsText("Đủ điều kiện");
		button(page, "Trình Hội đồng Thi đua - Khen thưởng").click();
		page.getByLabel("Số phiếu tán thành").fill("7");
		button(page, "Đồng ý").click();
		page.getByLabel("Kết luận, biên bản họp Hội đồng").fill("Hội đồng họp ngày 01/12/2026, 7/7 tán thành.");
		button(page, "Kết thúc xét duyệt của Hội đồng").click();
		assertThat(page.locator("ol")).containsText("Hội đồng đã xét");
		screenshot(page, "commendation-nomination-approved");

		select(page, "#d-issuer", "Ban Tuyên giáo và Dân vận");
		button(page, "Lập dự thảo quyết định").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lập dự thảo quyết định");
		assertThat(page.locator("h2")).containsText("(chưa có số)");
		button(page, "Ban hành và cấp số").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("-QĐ/BTGDVTU");
		assertThat(page.locator("h2")).containsText("Đã ban hành");
		screenshot(page, "commendation-decision-issued");

		Download download = page.waitForDownload(() -> page.getByText("Tải PDF").click());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(download.suggestedFilename()).startsWith("Quyet dinh ").endsWith("-QD-BTGDVTU.pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("-QĐ/BTGDVTU").contains("Mỹ Nhiên")
				.contains("K/T TRƯỞNG BAN");
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				ImageIO.write(new PDFRenderer(document).renderImageWithDPI(i, 80), "png",
						dir.resolve("commendation-decision-pdf-" + (i + 1) + ".png").toFile());
			}
		}
		Download certificate = page.waitForDownload(() -> page.getByText("In trên giấy trắng (PDF)").click());
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(certificate.path()))) {
			assertThat(new PDFTextStripper().getText(document)).contains("GIẤY KHEN").contains("Mỹ Nhiên");
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png",
					Path.of("target", "screenshots", "commendation-certificate-plain.png").toFile());
		}
		page.navigate(url("/commendation/certificates"));
		assertThat(page.locator("h2").first()).containsText("Phôi");
		screenshot(page, "commendation-certificates");
		page.navigate(url("/commendation/registry?q=my nhien"));
		assertThat(page.locator("table")).containsText("Giấy khen (cá nhân)");
		screenshot(page, "commendation-registry");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static void select(Page page, String selector, String text) {
		String value = page.locator(selector + " option", new Page.LocatorOptions().setHasText(text)).first()
			.getAttribute("value");
		page.locator(selector).selectOption(value);
	}

}
