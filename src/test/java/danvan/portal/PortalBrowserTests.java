package danvan.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/**
 * A reader opens the seed article, enlarges the text, and comments; a moderator approves the comment in the
 * queue; the reader sees it. Screenshots of the home page, the article (desktop and phone) and the queue.
 */
class PortalBrowserTests extends BrowserTest {

	private static final String COMMENT = "Mong Ban Dân vận tổ chức thêm đối thoại ở xã Bình Đức. (thử nghiệm trình duyệt)";

	@Test
	void aReaderCommentsAndAModeratorApproves() {
		Page reader = newPage();
		reader.navigate(url("/"));
		assertThat(reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dân vận khéo").setExact(true)).first())
			.isVisible();
		screenshot(reader, "portal-home");

		reader.navigate(url("/tin-tuc/" + PortalFixtures.SEED_SLUG));
		assertThat(reader.locator("h1")).containsText("Tổng kết phong trào thi đua chào mừng 90 năm");
		assertThat(reader.locator("figcaption")).hasText("Ảnh: Quang cảnh Hội nghị");
		assertThat(reader.locator(".pt-meta")).containsText("14/10/2020");
		screenshot(reader, "portal-article-desktop");

		String before = fontSize(reader);
		reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tăng cỡ chữ").setExact(true)).first().click();
		String larger = fontSize(reader);
		assertThat(larger).isNotEqualTo(before);
		reader.reload();
		assertThat(fontSize(reader)).as("the chosen size is remembered").isEqualTo(larger);
		reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giảm cỡ chữ").setExact(true)).first().click();
		assertThat(fontSize(reader)).isEqualTo(before);

		reader.getByLabel("Họ và tên").fill("Đặng Thị Hoa");
		reader.locator("#c-content").fill(COMMENT);
		reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ý kiến")).click();
		assertThat(reader.locator(".pt-comments [role=status]")).containsText("sau khi được kiểm duyệt");
		assertThat(reader.locator(".pt-comment-list")).not().containsText(COMMENT);

		Page moderator = newPage();
		signIn(moderator, "kiemduyet", "Danvan@2026");
		moderator.navigate(url("/portal/comments"));
		Locator row = moderator.locator("tr").filter(new Locator.FilterOptions().setHasText(COMMENT));
		assertThat(row).hasCount(1);
		screenshot(moderator, "portal-moderation-queue");
		row.locator("input[name=ids]").check();
		moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt các ý kiến đã chọn")).click();
		assertThat(moderator.locator(".alert-success")).containsText("Đã duyệt 1 ý kiến");

		Page phone = newPage(390, 844);
		phone.navigate(url("/tin-tuc/" + PortalFixtures.SEED_SLUG));
		assertThat(phone.locator(".pt-comment-list")).containsText(COMMENT);
		assertThat(phone.locator(".pt-comment-list")).containsText("Đặng Thị Hoa");
		Object scrollWidth = phone.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) scrollWidth).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
		screenshot(phone, "portal-article-phone");
	}

	private static String fontSize(Page page) {
		return (String) page.evaluate("getComputedStyle(document.documentElement).fontSize");
	}

}
