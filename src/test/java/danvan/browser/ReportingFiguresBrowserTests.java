package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/**
 * The board reads the district's 2020 figures from the menu (a reversed period is explained), opens the district's
 * Q3 2020 report and downloads it; a commune compiles its own quarterly report, writes a section and submits it.
 */
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


	@Test
	void theBoardReadsTheDistrictsQ3ReportAndACommuneCompilesAndSubmitsItsOwn() {
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/reporting/reports"));
		page.locator("tr", new Page.LocatorOptions().setHasText("Huyện ủy Châu Thành"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName("Báo cáo kết quả công tác dân vận, thực hiện dân chủ ở cơ sở quý III năm 2020"))
			.first()
			.click();
		assertThat(page.locator("#report-status")).hasText("Đã tiếp nhận");
		assertThat(page.locator("tr[data-code='emulation.participants']")).isVisible();
		screenshot(page, "reporting-district-q3-2020");
		var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Tải bản PDF")).click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");

		Page commune = newPage();
		signIn(commune, "longdinh", "Danvan@2026");
		commune.navigate(url("/reporting/reports"));
		commune.getByLabel("Tên kỳ báo cáo").fill("quý IV năm 2026");
		commune.getByLabel("Từ ngày").fill("2026-10-01");
		commune.getByLabel("Đến ngày").fill("2026-12-31");
		commune.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập và tổng hợp số liệu")).click();
		assertThat(commune.getByRole(AriaRole.STATUS)).containsText("Đã lập báo cáo");
		commune.getByLabel("PHẦN THỨ NHẤT. I. Khái quát tình hình").fill("Tình hình an ninh, trật tự trên địa bàn xã ổn định.");
		commune.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(commune.getByRole(AriaRole.STATUS)).containsText("Đã lưu nội dung báo cáo");
		commune.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo lên cấp trên")).click();
		assertThat(commune.locator("#report-status")).hasText("Đã gửi");
		screenshot(commune, "reporting-commune-submitted");
	}

	@Test
	void theBoardFollowsItsCalendarAndACommuneReportsFromIt() {
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Báo cáo")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch báo cáo")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("quý III năm 2020")).click();
		assertThat(page.locator("#call-summary")).hasText("Đã gửi 4/4 đơn vị; chậm hạn: 2.");
		assertThat(page.locator("#answers tr", new Page.LocatorOptions().setHasText("Long Định"))).containsText("Chậm hạn");
		assertThat(page.locator("#answers tr", new Page.LocatorOptions().setHasText("Bình Đức"))).containsText("Bị trả lại");
		screenshot(page, "reporting-call-q3-2020");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đọc song song các báo cáo")).click();
		assertThat(page.locator("#side-by-side")).containsText("1,2 km đường được bê tông hóa");
		screenshot(page, "reporting-side-by-side-q3-2020");

		Page commune = newPage();
		signIn(commune, "binhduc", "Danvan@2026");
		commune.navigate(url("/reporting/calls"));
		commune.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("năm 2026").setExact(true)).click();
		commune.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập báo cáo")).click();
		assertThat(commune.getByRole(AriaRole.STATUS)).containsText("Đã lập báo cáo");
		commune.getByLabel("Kiến nghị, đề xuất với cấp trên").fill("Đề nghị Tỉnh ủy hỗ trợ kinh phí tập huấn cho Tổ dân vận ấp.");
		commune.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(commune.getByRole(AriaRole.STATUS)).containsText("Đã lưu nội dung báo cáo");
		screenshot(commune, "reporting-commune-year-2026");
	}

	@Test
	void theBoardReadsItsDashboardAsChartsOverTables() {
		Page page = newPage(1280, 1800);
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/reporting/dashboard"));
		page.getByLabel("Đơn vị").selectOption(new SelectOption().setLabel("— Huyện ủy Châu Thành (đã kết thúc từ 01/07/2025)"));
		page.getByLabel("Từ ngày").fill("2020-07-01");
		page.getByLabel("Đến ngày").fill("2020-09-30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem số liệu")).click();
		assertThat(page.locator("#chart-movements canvas")).isVisible();
		assertThat(page.locator("#chart-commendations table")).containsText("2020");
		screenshot(page, "reporting-dashboard-district-q3-2020");
	}

}
