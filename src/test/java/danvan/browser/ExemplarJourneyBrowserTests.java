package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import danvan.platform.AppClock;
import danvan.test.BrowserTest;

/**
 * A commune officer registers a "Dân vận khéo" model, starts it, evaluates and recognises it, and finds it on the
 * public showcase; the board looks at the 2015–2020 stage review and the annual review.
 */
class ExemplarJourneyBrowserTests extends BrowserTest {

	@Test
	void aModelIsRegisteredEvaluatedRecognisedAndShownOnTheShowcase() {
		String today = LocalDate.now(AppClock.VIETNAM).toString();
		Page page = newPage(1280, 1000);
		signIn(page, "binhduc", "Danvan@2026");
		page.navigate(url("/exemplar/exemplars/new"));
		page.getByLabel("Tên mô hình, điển hình").fill("Tổ tự quản giữ gìn cầu dân sinh ấp Bình Thạnh");
		select(page, "#unitId", "Đảng ủy xã Kim Sơn");
		page.locator("#fieldCode").selectOption("ECONOMY");
		page.locator("#situation").fill("Cây cầu khỉ xuống cấp, học sinh qua lại nguy hiểm.");
		page.locator("#contentMethod").fill("Chi bộ ấp họp dân, công khai dự toán, Nhân dân góp công, góp vật liệu.");
		page.locator("#figure-HOUSEHOLDS").fill("75");
		page.locator("#figure-BRIDGES").fill("2");
		page.locator("#figure-PEOPLE").fill("250000");
		screenshot(page, "exemplar-register-form");
		button(page, "Lưu").click();
		assertThat(page.locator("#figure-PEOPLE + .invalid-feedback")).containsText("không thể vượt quá 200000 người");
		screenshot(page, "exemplar-register-refused");
		page.locator("#figure-PEOPLE").fill("320");
		button(page, "Lưu").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu mô hình");

		page.locator("#commitment").fill("Giữ cầu sạch, an toàn; tổ trực mùa lũ");
		page.locator("input[name=launched]").check();
		page.locator("#on").fill(today);
		button(page, "Bắt đầu triển khai").click();
		assertThat(page.locator("h1 + .badge")).containsText("Đang triển khai");

		page.locator("#on").fill(today);
		page.locator("#evaluator").fill("Đảng ủy xã Kim Sơn");
		page.locator("#score-EFFECT").fill("36");
		page.locator("#score-MOBILISE").fill("27");
		page.locator("#score-REPLICATE").fill("26");
		page.locator("#rating").selectOption("EXCELLENT");
		button(page, "Lưu đánh giá").click();
		assertThat(page.locator("h1 + .badge")).containsText("Đã đánh giá");

		page.locator("#on").fill(today);
		page.locator("#document").fill("Quyết định số 15-QĐ/ĐU của Đảng ủy xã Kim Sơn");
		page.locator("input[name=typical]").check();
		button(page, "Công nhận").click();
		assertThat(page.locator("h1 + .badge")).containsText("Đã công nhận");
		assertThat(page.locator("ol.list-group")).containsText("Công nhận");
		screenshot(page, "exemplar-recognised");

		page.locator("a.btn", new Page.LocatorOptions().setHasText("Xem trang công khai")).click();
		assertThat(page.locator("h1")).containsText("Tổ tự quản giữ gìn cầu dân sinh ấp Bình Thạnh");
		assertThat(page.locator("article")).containsText("Cách vận động Nhân dân");
		assertThat(page.locator("article")).not().containsText("Đảng ủy xã Kim Sơn</td>");
		screenshot(page, "exemplar-public-page");
		page.navigate(url("/dan-van-kheo?field=ECONOMY"));
		assertThat(page.locator("section")).containsText("Tổ tự quản giữ gìn cầu dân sinh ấp Bình Thạnh");
		screenshot(page, "exemplar-public-list");
	}

	@Test
	void theBoardReadsTheStageReviewAndTheAnnualReview() {
		Page page = newPage(1280, 1000);
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/exemplar/exemplars?stage=2015-2020"));
		assertThat(page.locator("table").first()).containsText("Hiến đất làm đường ở xã Bình Đức");
		screenshot(page, "exemplar-list");
		page.getByText("Hiến đất làm đường ở xã Bình Đức").first().click();
		assertThat(page.locator("h1")).containsText("Hiến đất làm đường ở xã Bình Đức");
		screenshot(page, "exemplar-detail-improved");
		page.navigate(url("/exemplar/stages"));
		page.getByText("Giai đoạn 2015 – 2020").click();
		assertThat(page.locator("section")).containsText("Duy trì từ giai đoạn trước");
		screenshot(page, "exemplar-stage-review");
		page.navigate(url("/exemplar/summary?year=2020"));
		assertThat(page.locator("section")).containsText("Được tuyên dương");
		screenshot(page, "exemplar-annual-review");
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
