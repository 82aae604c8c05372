package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/** The rich-text editor loads from its WebJar and speaks Vietnamese. */
class ArticleEditorBrowserTests extends BrowserTest {

	@Test
	void theEditorsToolbarIsInVietnamese() {
		Page page = newPage();
		signIn(page, "bientap", "Danvan@2026");
		page.navigate(url("/portal/articles/new"));

		assertThat(page.locator(".tox-tinymce")).isVisible();
		assertThat(page.locator("button[aria-label='In đậm']")).isVisible();
		assertThat(page.locator("button[aria-label='Hoàn tác']")).isVisible();
		screenshot(page, "portal-editor");
	}

}
