package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import danvan.test.BrowserTest;

/**
 * The portal as a reader sees it and the back office as each demo role sees it, every page of their menus
 * checked by axe-core (in {@link BrowserTest}); and the article page and the sign-in walked with the keyboard
 * alone.
 */
class AccessibilityBrowserTests extends BrowserTest {

	/** One demo account per role; the pages come from the menu each one is shown, never from a list here. */
	private static final List<String> DEMO_ACCOUNTS = List.of("admin", "bandanvan", "thamdinh", "hoidongtd", "bientap",
			"kiemduyet", "binhduc", "longdinh");

	private static final String PASSWORD = "Danvan@2026";

	/** Where the focus is, and whether it can be seen: an outline or a focus ring (box shadow). */
	private static final String FOCUS = """
			() => {
			  const e = document.activeElement;
			  if (!e || e === document.body) return { tag: 'body', visible: false, text: '' };
			  const s = getComputedStyle(e);
			  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
			  const ring = s.boxShadow && s.boxShadow !== 'none';
			  const box = e.getBoundingClientRect();
			  const label = e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].innerText : '')
			    || e.getAttribute('title') || e.innerText || '';
			  return { tag: e.tagName.toLowerCase(), id: e.id, visible: (outline || ring) && box.width > 1 && box.height > 1,
			           text: label.trim().slice(0, 80),
			           href: e.getAttribute('href') || '', inMain: !!e.closest('main'), inNav: !!e.closest('nav') };
			}""";

	@Test
	void everyRoleSeesEveryPageOfItsMenuWithoutAccessibilityViolations() {
		Page page = newPage();
		List<String> visited = new ArrayList<>();
		page.navigate(url("/"));
		for (String path : new LinkedHashSet<>(hrefs(page, ".pt-nav a[href^='/'], .pt-footer a[href^='/']"))) {
			Response response = page.navigate(url(path));
			assertThat(response.status()).as("a reader opens %s from the portal's menu", path).isLessThan(400);
			visited.add("reader " + path);
		}
		page.navigate(url("/"));
		page.locator("#pt-q").fill("dan van");
		page.locator("#pt-q").press("Enter");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/tim-kiem\\?q=dan"));
		for (String username : DEMO_ACCOUNTS) {
			signIn(page, username, PASSWORD);
			assertThat(page).hasURL(java.util.regex.Pattern.compile("/dashboard"));
			for (String path : menuLinks(page)) {
				Response response = page.navigate(url(path));
				assertThat(response.status()).as("%s opens %s from the menu", username, path).isLessThan(400);
				visited.add(username + " " + path);
			}
			screenshot(page, "menu-" + username);
			page.context().clearCookies();
		}
		System.out.println("Pages of the menu, per role (" + visited.size() + "): " + visited);
		assertThat(visited).as("each role's menu leads somewhere").hasSizeGreaterThan(DEMO_ACCOUNTS.size() * 2);
	}

	@Test
	void theArticlePageWorksWithTheKeyboardAlone() {
		Page page = newPage();
		page.navigate(url("/"));
		String article = page.locator(".pt-headline-title a, .pt-card-title a").first().getAttribute("href");
		page.navigate(url(article));

		page.keyboard().press("Tab");
		Focus skip = focus(page);
		assertThat(skip.text()).isEqualTo("Bỏ qua, đến nội dung chính");
		assertThat(skip.visible()).as("the skip link shows when it has the focus").isTrue();
		screenshot(page, "keyboard-skip-link");
		page.keyboard().press("Enter");
		page.keyboard().press("Tab");
		assertThat(focus(page).inMain()).as("after the skip link, Tab goes on inside the content").isTrue();

		page.reload();
		List<Focus> stops = tabThrough(page, 60);
		assertThat(stops).allSatisfy(stop -> assertThat(stop.visible()).as("focus visible on %s", stop).isTrue());
		Set<String> menu = new LinkedHashSet<>(hrefs(page, ".pt-nav a"));
		assertThat(stops.stream().map(Focus::href).toList()).as("every menu link is reached by Tab").containsAll(menu);
		assertThat(stops.stream().map(Focus::text).toList()).contains("Tăng cỡ chữ", "Giảm cỡ chữ");

		page.reload();
		String before = fontSize(page);
		focusByTab(page, "Tăng cỡ chữ", 60);
		page.keyboard().press("Enter");
		assertThat(fontSize(page)).as("Enter on the text-size button enlarges the text").isNotEqualTo(before);
		page.keyboard().press("Shift+Tab");
		assertThat(focus(page).text()).isEqualTo("Giảm cỡ chữ");
		page.keyboard().press("Space");
		assertThat(fontSize(page)).isEqualTo(before);

		focusByTab(page, "Họ và tên", 200);
		screenshot(page, "keyboard-comment-form");
	}

	@Test
	void signingInAndOpeningAMenuWorkWithTheKeyboardAlone() {
		Page page = newPage();
		page.navigate(url("/login"));
		assertThat(focus(page).id()).as("the sign-in page starts in the user name field").isEqualTo("username");
		page.keyboard().type("bandanvan");
		page.keyboard().press("Tab");
		assertThat(focus(page).id()).isEqualTo("password");
		page.keyboard().type(PASSWORD);
		page.keyboard().press("Tab");
		Focus submit = focus(page);
		assertThat(submit.text()).isEqualTo("Đăng nhập");
		assertThat(submit.visible()).isTrue();
		screenshot(page, "keyboard-sign-in");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url("/dashboard"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Xin chào");
		page.waitForLoadState();

		page.keyboard().press("Tab");
		assertThat(focus(page).text()).isEqualTo("Bỏ qua, đến nội dung chính");
		assertThat(focus(page).visible()).isTrue();

		Focus toggle = focusByTab(page, "Thi đua", 30);
		assertThat(toggle.visible()).isTrue();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thi đua").setExact(true)))
			.hasAttribute("aria-expanded", "true");
		page.keyboard().press("ArrowDown");
		Focus item = focus(page);
		assertThat(item.visible()).as("the first menu item shows its focus").isTrue();
		screenshot(page, "keyboard-menu");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url(item.href()));
	}

	record Focus(String tag, String id, boolean visible, String text, String href, boolean inMain, boolean inNav) {
	}

	private static Focus focus(Page page) {
		@SuppressWarnings("unchecked")
		java.util.Map<String, Object> f = (java.util.Map<String, Object>) page.evaluate(FOCUS);
		return new Focus((String) f.get("tag"), (String) f.getOrDefault("id", ""), Boolean.TRUE.equals(f.get("visible")),
				(String) f.get("text"), (String) f.getOrDefault("href", ""), Boolean.TRUE.equals(f.get("inMain")),
				Boolean.TRUE.equals(f.get("inNav")));
	}

	/** Presses Tab from the top of the page, up to {@code max} times, and returns each element focused. */
	private static List<Focus> tabThrough(Page page, int max) {
		List<Focus> stops = new ArrayList<>();
		for (int i = 0; i < max; i++) {
			page.keyboard().press("Tab");
			Focus stop = focus(page);
			if (stop.tag().equals("body")) {
				break;
			}
			stops.add(stop);
		}
		return stops;
	}

	private static Focus focusByTab(Page page, String text, int max) {
		for (int i = 0; i < max; i++) {
			page.keyboard().press("Tab");
			Focus stop = focus(page);
			// a required field's label ends with its marker: "Họ và tên *"
			if (stop.text().equals(text) || stop.text().startsWith(text + " ")) {
				return stop;
			}
		}
		throw new AssertionError("\"" + text + "\" not reached with " + max + " presses of Tab");
	}

	/** The pages of the back-office menu this user is shown (links only; the sign-out is a form). */
	private static List<String> menuLinks(Page page) {
		return new ArrayList<>(new LinkedHashSet<>(hrefs(page, "#dv-menu a[href]:not([href='#'])")));
	}

	@SuppressWarnings("unchecked")
	private static List<String> hrefs(Page page, String selector) {
		return (List<String>) page.locator(selector).evaluateAll("links => links.map(a => a.getAttribute('href'))");
	}

	private static String fontSize(Page page) {
		return (String) page.evaluate("getComputedStyle(document.documentElement).fontSize");
	}

}
