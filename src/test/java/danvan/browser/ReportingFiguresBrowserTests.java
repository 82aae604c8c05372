package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/** The board reads the district's 2020 figures from the menu, and a reversed period is explained. */
class ReportingFiguresBrowserTests extends BrowserTest {

	@Test
	void theBoardReadsTheDistricts2020FiguresAndIsToldWhenThePeriodIsReversed() {
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Báo cáo")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Số liệu theo chỉ tiêu")).click();
		page.getByLabel("Đơn vị").selectOption(new SelectOption().setLabel("— Huyện ủy Châu Thành (đã kết thúc từ 01/07/2025)"));
		page.getByLabel("Từ ngày").fill("2020-01-01");
		page.getByLabel("Đến ngày").fill("2020-12-31");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem số liệu")).click();
		assertThat(page.locator("tr[data-code='emulation.movements.organised']")).containsText("Phong trào thi đua đã phát động");
		assertThat(page.locator("tr[data-code='emulation.participants'] a")).hasAttribute("href", "/emulation/movements");
		screenshot(page, "reporting-figures-2020");

		page.getByLabel("Từ ngày").fill("2020-12-31");
		page.getByLabel("Đến ngày").fill("2020-01-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem số liệu")).click();
		assertThat(page.getByText("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.")).isVisible();
		screenshot(page, "reporting-figures-reversed");
	}

}
