package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/** A board officer signs in, adds a unit under the district and finds it in the tree. */
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
		page.getByLabel("Mã đơn vị").fill("KDV_TAN_HOI_DONG");
		page.getByLabel("Tên đơn vị").fill("<b>Khối Dân vận xã Tân Hội Đông</b>");
		page.getByLabel("Loại đơn vị").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Khối Dân vận"));
		page.getByLabel("Cấp", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Cấp xã"));
		page.getByLabel("Trực thuộc").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("  Huyện ủy Châu Thành"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByText("Không được chứa ký tự < hoặc >")).isVisible();
		screenshot(page, "unit-form-error");

		page.getByLabel("Tên đơn vị").fill("Khối Dân vận xã Tân Hội Đông");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã thêm đơn vị Khối Dân vận xã Tân Hội Đông");

		page.navigate(url("/org/units"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Khối Dân vận xã Tân Hội Đông")))
			.isVisible();
		screenshot(page, "unit-tree");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tăng cỡ chữ")).click();
		page.reload();
		assertThat(page.locator("html")).hasAttribute("style", java.util.regex.Pattern.compile("font-size: 112.5%"));
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
