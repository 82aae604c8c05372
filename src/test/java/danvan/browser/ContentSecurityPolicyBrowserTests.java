package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/**
 * The pages with the most script under the content security policy, in a real Chromium: the portal home, an
 * article and its print view, the article editor (TinyMCE), the score-sheet import (htmx with an upload) and the
 * moderation queue. Any violation Chromium reports, as a console message or a {@code securitypolicyviolation}
 * event in any frame, fails the test; each page must also still work.
 */
class ContentSecurityPolicyBrowserTests extends BrowserTest {

	private static final String SEED_ARTICLE = "/tin-tuc/tong-ket-phong-trao-thi-dua-chao-mung-90-nam-ngay-truyen-thong-cong-tac-dan-van-15-10-1930-15-10-2020";

	private final List<String> violations = new CopyOnWriteArrayList<>();

	@Test
	void thePortalAndAnArticleRunUnderThePolicy() {
		Page page = watched();
		Response home = page.navigate(url("/"));
		Assertions.assertThat(home.headers().get("content-security-policy")).contains("script-src 'self'");
		assertThat(page.locator("main")).isVisible();
		screenshot(page, "csp-1-portal-home");

		page.navigate(url(SEED_ARTICLE));
		assertThat(page.locator("h1")).containsText("Tổng kết phong trào thi đua");
		page.navigate(url(SEED_ARTICLE));
		screenshot(page, "csp-2-article");

		page.navigate(url(SEED_ARTICLE + "/in"));
		assertThat(page.locator("[data-print]")).isVisible();
		noViolations("portal");
	}

	@Test
	void theArticleEditorWorksUnderThePolicy() {
		Page page = watched();
		signIn(page, "bientap", "Danvan@2026");
		page.navigate(url("/portal/articles/new"));

		assertThat(page.locator(".tox-tinymce")).isVisible();
		FrameLocator editor = page.frameLocator(".tox-edit-area iframe");
		editor.locator("body").click();
		page.keyboard().type("Hội nghị tổng kết công tác dân vận");
		page.keyboard().press("Control+A");
		page.locator("button[aria-label='In đậm']").click();
		assertThat(editor.locator("body strong")).containsText("Hội nghị tổng kết");
		screenshot(page, "csp-3-editor");
		noViolations("editor");
	}

	@Test
	void theScoreImportPageWorksUnderThePolicy() throws Exception {
		Page page = watched();
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/emulation/movements"));
		String movement = page.locator("table a[href*='/emulation/movements/']").first().getAttribute("href");
		page.navigate(url(movement.replaceAll("^.*(/emulation/movements/\\d+).*$", "$1") + "/score-imports"));
		Path notASheet = Files.createTempFile("khong-phai-excel", ".xlsx");
		Files.writeString(notASheet, "đây không phải tệp Excel");

		page.getByLabel("Tệp Excel").setInputFiles(notASheet);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc và kiểm tra")).click();

		assertThat(page.locator("#import-preview .alert-danger")).isVisible();
		screenshot(page, "csp-4-import");
		noViolations("import");
	}

	@Test
	void theModerationQueueWorksUnderThePolicy() {
		Page page = watched();
		signIn(page, "kiemduyet", "Danvan@2026");
		page.navigate(url("/portal/comments?status=APPROVED"));

		page.locator("#all").check();
		Assertions.assertThat(page.locator("input[name=ids]").count()).isPositive();
		Assertions.assertThat(page.locator("input[name=ids]:not(:checked)").count()).isZero();
		page.locator("#all").uncheck();
		Assertions.assertThat(page.locator("input[name=ids]:checked").count()).isZero();
		screenshot(page, "csp-5-moderation");
		noViolations("moderation");
	}

	@Test
	void theAdministratorSeesAnAccountsSignInEvents() {
		Page stranger = watched();
		signIn(stranger, "longdinh", "sai-mat-khau1");
		assertThat(stranger.locator("body")).containsText("Tên đăng nhập");

		Page page = watched();
		signIn(page, "admin", "Danvan@2026");
		page.navigate(url("/admin/accounts"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("longdinh").setExact(true)).click();

		assertThat(page.locator("#sign-in-events")).containsText("Đăng nhập không thành công");
		assertThat(page.locator("#sign-in-events")).containsText("Sai mật khẩu, tại trang đăng nhập");
		page.locator("#sign-in-events").scrollIntoViewIfNeeded();
		screenshot(page, "csp-6-account-sign-ins");
		noViolations("account");
	}

	/** A page whose every frame reports violations to this test, as Chromium sees them. */
	private Page watched() {
		Page page = newPage();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
				violations.add(message.location() + " " + message.text());
			}
		});
		page.exposeFunction("danvanCspViolation", args -> violations.add(String.valueOf(args[0])));
		page.addInitScript("document.addEventListener('securitypolicyviolation', function (e) {"
				+ " window.danvanCspViolation(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile"
				+ " + ':' + e.lineNumber + ' on ' + e.documentURI); }, true);");
		return page;
	}

	private void noViolations(String where) {
		Assertions.assertThat(violations).as("CSP violations on the %s pages", where).isEmpty();
	}

}
