package danvan.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real Chromium (Debian's, never a downloaded one) driving danvan on a random port. Without Chromium the
 * tests are skipped with a message, unless DANVAN_REQUIRE_BROWSER=1 makes its absence a failure.
 * Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabase.class, FailingEndpoints.class })
@Tag("browser")
public abstract class BrowserTest {

	private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	private BrowserContext context;

	@BeforeAll
	static void launchChromium() {
		Path chromium = findChromium();
		if (chromium == null) {
			String message = "Chromium not found (/usr/bin/chromium): install Debian's chromium to run browser tests";
			if ("1".equals(System.getenv("DANVAN_REQUIRE_BROWSER"))) {
				Assertions.fail(message + " — DANVAN_REQUIRE_BROWSER=1 requires them.");
			}
			Assumptions.abort(message + ".");
		}
		if (browser == null) {
			// CI machines have two cores shared with the server under test: be patient, not flaky
			PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setArgs(CHROMIUM_FLAGS));
		}
	}

	@AfterAll
	static void keepBrowserForNextClass() {
		// one Chromium serves every browser test class of the run; the JVM's exit closes it
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	/** A fresh page (own cookies and storage) at a desktop size, in Vietnamese. */
	protected Page newPage() {
		return newPage(1280, 900);
	}

	protected Page newPage(int width, int height) {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("vi-VN"));
		context.setDefaultTimeout(30_000);
		return context.newPage();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void signIn(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Đăng nhập"))
			.click();
	}

	protected Path screenshot(Page page, String name) {
		Path file = Paths.get("target", "screenshots", name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	private static Path findChromium() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
			if (Files.isExecutable(Paths.get(candidate))) {
				return Paths.get(candidate);
			}
		}
		return null;
	}

}
