package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/**
 * The board makes a plan with a target split to two xã, one xã reports its progress, the board sees the roll-up
 * (one xã not reported) and the calendar of this month.
 */
class PlanningJourneyBrowserTests extends BrowserTest {

	@Test
	void aPlanWithATargetSplitToTwoCommunesOneReportsAndTheRollUpAndCalendarShowIt() {
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/planning/plans/new"));
		page.getByLabel("Đơn vị ban hành").selectOption(new SelectOption().setLabel("— Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp"));
		page.getByLabel("Tên chương trình, kế hoạch").fill("Kế hoạch vận động xây dựng nông thôn mới năm 2026");
		page.getByLabel("Từ ngày").fill("2026-01-01");
		page.getByLabel("Đến ngày").fill("2026-12-31");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kế hoạch vận động xây dựng nông thôn mới năm 2026"))).isVisible();

		page.getByLabel("Nội dung nhiệm vụ hoặc tên chỉ tiêu").fill("Số tuyến đường giao thông nông thôn được vận động làm mới");
		page.getByLabel("Đơn vị tính").fill("tuyến");
		page.getByLabel("Chỉ tiêu", new Page.GetByLabelOptions().setExact(true)).fill("10");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm").setExact(true)).click();
		for (String xa : new String[] { "Đảng ủy xã Kim Sơn", "Đảng ủy xã Long Định" }) {
			page.locator("#split-unit").selectOption(new SelectOption().setLabel("— " + xa));
			page.getByLabel("Chỉ tiêu giao").fill("5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao chỉ tiêu")).click();
		}
		screenshot(page, "planning-target-split");
		page.locator("#unitId").selectOption(new SelectOption().setLabel("Đảng ủy xã Kim Sơn"));
		page.locator("#periodId").selectOption(new SelectOption().setLabel("Quý III/2026"));
		page.getByLabel("Kết quả lũy kế đến cuối kỳ").fill("-2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
		assertThat(page.getByText("Kết quả không được là số âm.")).isVisible();
		screenshot(page, "planning-progress-error");
		page.locator("#unitId").selectOption(new SelectOption().setLabel("Đảng ủy xã Kim Sơn"));
		page.locator("#periodId").selectOption(new SelectOption().setLabel("Quý III/2026"));
		page.getByLabel("Kết quả lũy kế đến cuối kỳ").fill("4");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
		assertThat(page.locator("#per-unit")).containsText("Đảng ủy xã Kim Sơn");
		assertThat(page.locator("#per-unit")).containsText("80.0 %");
		assertThat(page.locator("#per-unit")).containsText("Chưa báo cáo");
		assertThat(page.locator("#per-unit")).containsText("40.0 %");
		screenshot(page, "planning-roll-up");

		page.navigate(url("/planning/calendar"));
		assertThat(page.locator("#calendar-grid")).containsText("Làm việc với Đảng ủy xã Kim Sơn");
		screenshot(page, "planning-calendar-month");
		page.navigate(url("/planning/calendar?view=list"));
		assertThat(page.locator("#calendar-list")).isVisible();
		screenshot(page, "planning-calendar-list");
	}

}
