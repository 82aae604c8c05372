package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import danvan.test.BrowserTest;

/**
 * A unit officer sees no consolidated-import button on a movement and, typing its address, gets the refusal page;
 * an editor is offered no emulation menu.
 */
class AccessBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUnitOfficerIsNotOfferedTheBoardsImportAndIsRefusedItByAddress() {
		Long movement = jdbc.queryForObject("select p.movement_id from emulation_participant p"
				+ " join identity_grant g on g.scope_unit_id = p.unit_id join identity_account a on a.id = g.account_id"
				+ " where a.username = 'binhduc' order by p.movement_id desc limit 1", Long.class);
		Page page = newPage();
		signIn(page, "binhduc", "Danvan@2026");
		page.navigate(url("/emulation/movements/" + movement));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tự chấm")).first()).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập bảng tổng hợp Excel")))
			.hasCount(0);

		Response refused = page.navigate(url("/emulation/movements/" + movement + "/score-imports"));
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Không có quyền truy cập")))
			.isVisible();
		assertThat(page.getByText("Bạn không có quyền xem hoặc thay đổi nội dung này.")).isVisible();
		screenshot(page, "access-refused-import");
	}

	@Test
	void anEditorIsOfferedNoEmulationMenu() {
		Page page = newPage();
		signIn(page, "bientap", "Danvan@2026");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xin chào, Mỹ Nhiên")))
			.isVisible();
		assertThat(page.locator("nav .dropdown-toggle").first()).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thi đua").setExact(true)))
			.hasCount(0);
		screenshot(page, "access-editor-menu");
	}

}
