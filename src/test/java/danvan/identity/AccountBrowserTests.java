package danvan.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import danvan.org.OrgDirectory;
import danvan.test.BrowserTest;

/** An administrator opens an account for a commune officer, who then signs in with it. */
class AccountBrowserTests extends BrowserTest {

	@Autowired
	OrgDirectory org;

	@Test
	void anAdministratorCreatesAnAccountThatItsUserSignsInWith() {
		String username = Accounts.unique("canbo");
		String binhDuc = org.unitByCode("DUX_KIM_SON").orElseThrow().id().toString();
		Page page = newPage();
		signIn(page, "admin", Accounts.PASSWORD);

		page.navigate(url("/admin/accounts/new"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Họ tên hiển thị").fill("Lê Thị Hồng Nhung");
		page.getByLabel("Mật khẩu ban đầu").fill("123");
		page.locator("#homeUnitId").selectOption(binhDuc);
		page.locator("[id='grants0.role']").selectOption("UNIT_OFFICER");
		page.locator("[id='grants0.scope']").selectOption(binhDuc);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

		assertThat(page.locator("#password + .invalid-feedback")).containsText("Mật khẩu phải có ít nhất 8 ký tự");
		screenshot(page, "account-form-error");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm dòng phân quyền")).click();
		assertThat(page.locator("[id='grants2.role']")).isVisible();
		page.getByLabel("Mật khẩu ban đầu").fill("Nhung2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã tạo tài khoản " + username);

		page.navigate(url("/admin/accounts"));
		assertThat(page.locator(".dv-account-row", new Page.LocatorOptions().setHasText(username)))
			.containsText("Cán bộ đơn vị (Đảng ủy xã Kim Sơn)");
		screenshot(page, "account-list");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quản trị hệ thống")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bạn đã đăng xuất");

		signIn(page, username, "Nhung2026");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(page.locator("h1")).containsText("Xin chào, Lê Thị Hồng Nhung");
		assertThat(page.locator("body")).not().containsText("Quản trị");
		screenshot(page, "account-new-user-dashboard");
	}

	@Test
	void theAuditTrailReadsOnAPhone() {
		Page page = newPage(390, 844);
		signIn(page, "admin", Accounts.PASSWORD);

		page.navigate(url("/admin/audit?entity=Account"));
		assertThat(page.locator("h1")).hasText("Nhật ký thay đổi");
		assertThat(page.locator(".dv-audit-entry").first()).containsText("Tài khoản");
		screenshot(page, "audit-phone");
	}

}
