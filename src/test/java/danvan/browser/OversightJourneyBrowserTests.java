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
 * The board records a surprise inspection of xã Kim Sơn with two recommendations; the xã reports one done, the
 * board accepts it and the inspection shows its fulfilment rate.
 */
class OversightJourneyBrowserTests extends BrowserTest {

	@Test
	void aSurpriseInspectionWithTwoRecommendationsOneReportedAndAccepted() {
		LocalDate today = LocalDate.now(AppClock.VIETNAM);
		Page board = newPage(1280, 1100);
		signIn(board, "bandanvan", "Danvan@2026");
		board.navigate(url("/oversight/inspections/new"));
		board.locator("#form").selectOption("SURPRISE");
		board.locator("#grounds").fill("Phản ánh của Nhân dân về việc tiếp công dân tại xã");
		board.locator("#title").fill("Kiểm tra đột xuất việc tiếp công dân tại xã Kim Sơn");
		select(board, "#bodyUnitId", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp");
		String kimSon = board.locator("#inspectedUnitIds option", new Page.LocatorOptions().setHasText("Đảng ủy xã Kim Sơn"))
			.first().getAttribute("value");
		board.locator("#inspectedUnitIds").selectOption(kimSon);
		board.getByLabel("Công tác dân vận", new Page.GetByLabelOptions().setExact(true)).check();
		board.locator("#decisionNumber").fill("88-QĐ/BTGDVTU");
		board.locator("#decisionDate").fill(today.minusDays(3).toString());
		board.locator("#workFrom").fill(today.minusDays(2).toString());
		screenshot(board, "oversight-inspection-form");
		button(board, "Lưu").click();
		assertThat(board.getByRole(AriaRole.STATUS)).containsText("Đã lưu cuộc kiểm tra");

		button(board, "Bắt đầu làm việc với đơn vị").click();
		assertThat(board.getByRole(AriaRole.STATUS)).containsText("Đoàn đã bắt đầu làm việc");
		button(board, "Kết thúc làm việc, dự thảo báo cáo").click();
		assertThat(board.getByRole(AriaRole.STATUS)).containsText("Đã kết thúc làm việc");
		board.locator("#c-number").fill("89-TB/BTGDVTU");
		board.locator("#c-strengths").fill("Niêm yết lịch tiếp công dân đầy đủ.");
		board.locator("#c-shortcomings").fill("Sổ tiếp công dân ghi chưa đầy đủ.");
		button(board, "Ban hành thông báo kết luận").click();
		assertThat(board.getByRole(AriaRole.STATUS)).containsText("Đã ban hành thông báo kết luận");
		recommend(board, "Ghi sổ tiếp công dân đầy đủ theo mẫu.", today.plusDays(30));
		recommend(board, "Công khai kết quả giải quyết kiến nghị tại trụ sở.", today.plusDays(45));
		assertThat(board.locator("table").first()).containsText("Ghi sổ tiếp công dân");
		screenshot(board, "oversight-inspection-concluded");
		String address = board.url().replaceAll("#.*", "");

		Page commune = newPage(1280, 1100);
		signIn(commune, "binhduc", "Danvan@2026");
		commune.navigate(address);
		commune.locator("input[name=note]").first().fill("Đã mở sổ mới, ghi đầy đủ từ ngày 01/12.");
		commune.locator("input[name=done]").first().check();
		button(commune, "Gửi báo cáo").first().click();
		assertThat(commune.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
		assertThat(commune.locator("table")).containsText("Đã báo cáo hoàn thành");
		screenshot(commune, "oversight-commune-reported");

		board.navigate(address);
		button(board, "Công nhận hoàn thành").click();
		assertThat(board.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
		assertThat(board.locator("main")).containsText("Tỷ lệ thực hiện kiến nghị: 1/2 (50%)");
		assertThat(board.locator("table")).containsText("Đã công nhận");
		screenshot(board, "oversight-fulfilment");

		board.navigate(url("/oversight/directives"));
		screenshot(board, "oversight-directives");
		board.locator("table a").first().click();
		assertThat(board.locator("h1")).isVisible();
		screenshot(board, "oversight-directive-grid");
	}

	private static void recommend(Page page, String text, LocalDate due) {
		page.locator("#r-text").fill(text);
		select(page, "#r-unit", "Đảng ủy xã Kim Sơn");
		page.locator("#r-due").fill(due.toString());
		button(page, "Thêm kiến nghị").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
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
