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

	@Test
	void theBoardPutsUpAMeetingsAgendaAPaperThatIsNotWhatItClaimsIsRefusedAndAWithdrawnOneStaysListed() {
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/planning/meetings?from=2020-10-08&to=2020-10-08&kind=CONFERENCE"));
		assertThat(page.locator("#list-count")).containsText("Tìm thấy");
		screenshot(page, "planning-meetings-list");
		page.locator("table a[href^='/planning/meetings/']").first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tài liệu cuộc họp"))).isVisible();

		page.locator("#document-kind").selectOption("AGENDA");
		page.getByLabel("Tên tài liệu").fill("Chương trình hội nghị sơ kết quý III");
		page.locator("#document-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("chuong-trinh.pdf",
				"application/pdf", "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên").setExact(true)).click();
		assertThat(page.locator("#document-problem")).containsText("Loại tệp không được chấp nhận");

		page.locator("#document-kind").selectOption("AGENDA");
		page.getByLabel("Tên tài liệu").fill("Chương trình hội nghị sơ kết quý III");
		page.locator("#document-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("chuong-trinh.pdf",
				"application/pdf", "%PDF-1.7 chương trình".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên").setExact(true)).click();
		assertThat(page.locator("#meeting-documents")).containsText("Chương trình hội nghị sơ kết quý III");

		page.locator("#document-kind").selectOption("MINUTES");
		page.getByLabel("Tên tài liệu").fill("Biên bản hội nghị (bản nháp)");
		page.locator("#document-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("bien-ban.pdf",
				"application/pdf", "%PDF-1.7 biên bản".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên").setExact(true)).click();
		page.locator("#meeting-documents tr", new Page.LocatorOptions().setHasText("bản nháp")).locator("input[name=reason]")
			.fill("Tải nhầm bản nháp");
		page.locator("#meeting-documents tr", new Page.LocatorOptions().setHasText("bản nháp"))
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Thu hồi")).click();
		assertThat(page.locator("#meeting-documents")).containsText("Đã thu hồi");
		assertThat(page.locator("#meeting-documents")).containsText("Tải nhầm bản nháp");
		page.locator("#documents").scrollIntoViewIfNeeded();
		screenshot(page, "planning-meeting-documents");

		page.navigate(url("/planning/plans?q=chuong+trinh+hanh+dong"));
		assertThat(page.locator("#list-count")).containsText("Tìm thấy");
		screenshot(page, "planning-plans-list");
	}

}
