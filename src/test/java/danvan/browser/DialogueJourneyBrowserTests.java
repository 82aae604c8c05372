package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import danvan.test.BrowserTest;

/**
 * A board officer records a dialogue with two petitions, forwards one to the commune that must answer and records
 * the answer, then looks at the overdue list, the reception days, the register and the figures; a citizen tracks
 * a demo petition on the public page.
 */
class DialogueJourneyBrowserTests extends BrowserTest {

	@Test
	void aDialogueWithTwoPetitionsOneForwardedAndAnswered() {
		Page page = newPage(1280, 1000);
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/dialogue/dialogues/new"));
		select(page, "#hostUnitId", "Tỉnh ủy Đồng Tháp");
		page.locator("#title").fill("Đối thoại chuyên đề về bữa ăn bán trú trong trường tiểu học");
		page.locator("#kind").selectOption("THEMATIC");
		page.locator("#field").fill("Giáo dục");
		page.locator("#heldOn").fill("2026-11-20");
		page.locator("#place").fill("Hội trường Tỉnh ủy");
		page.locator("#chairName").fill("Phó Bí thư Tỉnh ủy");
		page.locator("#participants").fill("120");
		button(page, "Lưu").click();
		assertThat(page.getByRole(AriaRole.STATUS)).isVisible();

		String dialogue = page.url();
		petition(page, "Đề nghị tăng suất ăn bán trú cho học sinh vùng sâu", "Nguyễn Văn Khách");
		String first = page.url();
		page.navigate(dialogue);
		petition(page, "Đề nghị sửa bếp ăn điểm trường ấp Bình Thạnh", "Trần Thị Khách");
		screenshot(page, "dialogue-petition-received");

		page.navigate(first);
		select(page, "#agencyUnitId", "Ủy ban nhân dân xã Vĩnh Kim");
		page.locator("#referralNumber").fill("125-CV/TU");
		page.locator("#referralDate").fill("2026-11-23");
		button(page, "Chuyển cơ quan có thẩm quyền").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã chuyển kiến nghị");
		page.locator("#answer").fill("Ủy ban nhân dân xã bố trí thêm kinh phí bán trú từ học kỳ II.");
		page.locator("#answeredOn").fill("2026-11-30");
		button(page, "Ghi kết quả trả lời").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi kết quả trả lời");
		assertThat(page.locator("ol.list-group")).containsText("Đã chuyển cơ quan có thẩm quyền");
		screenshot(page, "dialogue-petition-answered");

		page.navigate(dialogue);
		assertThat(page.locator("body")).containsText("Đề nghị sửa bếp ăn điểm trường");
		screenshot(page, "dialogue-detail");

		page.navigate(url("/dialogue/petitions?overdue=true"));
		assertThat(page.locator("table")).containsText("Đề nghị nạo vét kênh nội đồng");
		screenshot(page, "dialogue-overdue");

		page.navigate(url("/dialogue/reception?year=2020"));
		assertThat(page.locator("table").first()).containsText("Chưa đủ số ngày");
		screenshot(page, "dialogue-reception-2020");

		page.navigate(url("/dialogue/register?unit=&from=2020-01-01&to=2020-12-31"));
		screenshot(page, "dialogue-register");

		page.navigate(url("/dialogue/figures"));
		assertThat(page.locator("table")).containsText("Số ý kiến, kiến nghị tiếp nhận");
		screenshot(page, "dialogue-figures");

		Page citizen = newPage(1280, 900);
		citizen.navigate(url("/kien-nghi/tra-cuu"));
		citizen.locator("#code").fill("KN2026-KHONGCO");
		citizen.locator("#secret").fill("ABCDEF");
		button(citizen, "Tra cứu").click();
		assertThat(citizen.getByRole(AriaRole.ALERT)).containsText("Không tìm thấy");
		screenshot(citizen, "dialogue-tracking-not-found");

		// a citizen sends a petition from the portal and looks it up with the codes shown once
		citizen.navigate(url("/kien-nghi/gui"));
		citizen.locator("#petitionerName").fill("Phạm Thị Trực Tuyến");
		citizen.locator("#petitionerAddress").fill("ấp Mỹ Lợi, xã Mỹ Hiệp");
		citizen.locator("#petitionerContact").fill("0912 345 678");
		citizen.locator("#field").fill("Giao thông");
		citizen.locator("#content").fill("Đề nghị lắp biển báo giảm tốc trước cổng trường tiểu học Mỹ Lợi.");
		screenshot(citizen, "dialogue-public-form");
		button(citizen, "Gửi kiến nghị").click();
		assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("Đã nhận kiến nghị");
		String code = citizen.locator("dd code").nth(0).innerText();
		String secret = citizen.locator("dd code").nth(1).innerText();
		screenshot(citizen, "dialogue-public-form-sent");
		citizen.navigate(url("/kien-nghi/tra-cuu"));
		citizen.locator("#code").fill(code);
		citizen.locator("#secret").fill(secret);
		button(citizen, "Tra cứu").click();
		assertThat(citizen.locator(".card")).containsText("Đã tiếp nhận");
		assertThat(citizen.locator("body")).not().containsText("Phạm Thị Trực Tuyến");
	}

	private static void petition(Page page, String content, String name) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi kiến nghị")).first().click();
		page.locator("#content").fill(content);
		page.locator("#petitionerName").fill(name);
		page.locator("#petitionerIdentity").fill("087203001234");
		page.locator("#receivedOn").fill("2026-11-20");
		button(page, "Lưu").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã tiếp nhận kiến nghị");
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
