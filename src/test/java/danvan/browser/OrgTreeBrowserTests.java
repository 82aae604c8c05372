package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/** A board officer signs in, adds a unit under a new xã and finds it in the tree; the tree on a date. */
class OrgTreeBrowserTests extends BrowserTest {

	@Test
	void boardOfficerCreatesAUnitAndSeesItInTheTree() {
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xin chào, Nguyễn Thị Thu Hà")))
			.isVisible();
		screenshot(page, "dashboard");

		page.navigate(url("/org/units"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm đơn vị")).click();
		page.getByLabel("Mã đơn vị").fill("BTTND_KIM_SON");
		page.getByLabel("Tên đơn vị").fill("<b>Ban Thanh tra nhân dân xã Kim Sơn</b>");
		page.getByLabel("Loại đơn vị").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Cơ quan, đơn vị khác"));
		page.getByLabel("Cấp", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Cấp xã"));
		page.getByLabel("Trực thuộc").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("  Đảng ủy xã Kim Sơn"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByText("Không được chứa ký tự < hoặc >")).isVisible();
		screenshot(page, "unit-form-error");

		page.getByLabel("Tên đơn vị").fill("Ban Thanh tra nhân dân xã Kim Sơn");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã thêm đơn vị Ban Thanh tra nhân dân xã Kim Sơn");

		page.navigate(url("/org/units"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ban Thanh tra nhân dân xã Kim Sơn")))
			.isVisible();
		screenshot(page, "unit-tree");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tăng cỡ chữ")).click();
		page.reload();
		assertThat(page.locator("html")).hasAttribute("style", java.util.regex.Pattern.compile("font-size: 112.5%"));
	}

	@Test
	void theTreeOnADateShowsTheDistrictIn2020AndTheTwoTiersFrom1July2025() {
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/org/units"));
		page.getByLabel("Cơ cấu tổ chức vào ngày").first().fill("2020-10-08");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
		assertThat(page.locator("#tree-date")).containsText("08/10/2020");
		assertThat(link(page, "Huyện ủy Châu Thành")).isVisible();
		assertThat(link(page, "Ban Dân vận Huyện ủy Châu Thành")).isVisible();
		assertThat(link(page, "Đảng ủy xã Bình Đức")).isVisible();
		assertThat(link(page, "Đảng ủy xã Song Thuận")).isVisible();
		assertThat(page.locator(".dv-tree")).not().containsText("Ban Tuyên giáo và Dân vận");
		assertThat(page.locator(".dv-tree")).not().containsText("Ban Xây dựng Đảng");
		screenshot(page, "org-tree-2020");

		page.navigate(url("/org/units?on=2025-07-01"));
		assertThat(link(page, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")).isVisible();
		assertThat(link(page, "Ban Xây dựng Đảng Đảng ủy xã Kim Sơn")).isVisible();
		assertThat(link(page, "Ủy ban MTTQ Việt Nam xã Long Định")).isVisible();
		assertThat(page.locator(".dv-tree")).not().containsText("Huyện ủy Châu Thành");
		assertThat(page.locator(".dv-tree")).not().containsText("Bình Đức");
		screenshot(page, "org-tree-2025-07-01");

		page.navigate(url("/org/units?inactive=true"));
		var binhDuc = page.locator(".dv-tree li", new Page.LocatorOptions().setHasText("Đảng ủy xã Bình Đức"));
		assertThat(binhDuc).containsText("Đã kết thúc từ 01/07/2025");
		assertThat(binhDuc.locator(".dv-successor")).hasText("Đảng ủy xã Kim Sơn");
		screenshot(page, "org-tree-ended-greyed");
		binhDuc.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Đảng ủy xã Bình Đức")).click();
		assertThat(page.locator("#unit-lineage")).containsText("Nghị quyết 1663/NQ-UBTVQH15");
		assertThat(page.locator("#unit-lineage")).containsText("khoản 64");
		page.locator("#unit-lineage").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Đảng ủy xã Kim Sơn")).click();
		assertThat(page.locator("#unit-predecessors")).containsText("Đảng ủy xã Bình Đức");
		assertThat(page.locator("#unit-predecessors")).containsText("Đảng ủy xã Song Thuận");
		assertThat(page.locator("#unit-lineage")).containsText("Quy định 294-QĐ/TW");
		screenshot(page, "org-unit-kim-son-predecessors");

		page.navigate(url("/org/units?on=30/6/2025"));
		assertThat(page.locator(".invalid-feedback")).containsText("Ngày không hợp lệ");
	}

	private static com.microsoft.playwright.Locator link(Page page, String name) {
		return page.locator(".dv-tree").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName(name).setExact(true)).first();
	}

	@Test
	void officialsAreFoundWithoutDiacriticsOnAPhone() {
		Page page = newPage(390, 844);
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/org/officials"));
		page.getByLabel("Tìm theo họ tên").fill("tran van thang");
		page.getByLabel("Tìm theo họ tên").press("Enter");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trần Văn Thắng"))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trần Văn Thắng")).click();
		assertThat(page.locator("#mm-service")).hasText("10 năm 7 tháng");
		screenshot(page, "official-phone");
	}

}
