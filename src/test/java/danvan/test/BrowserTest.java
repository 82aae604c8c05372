package danvan.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
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
 * <p>
 * Every page a test loads is checked with axe-core (the WCAG 2.1 A and AA rules) as soon as it has loaded; a
 * serious or critical violation fails the test at its end, with the rule, the element and the page printed.
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

	/** The axe-core tags checked on every page: WCAG 2.0 and 2.1, levels A and AA. */
	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * WCAG rules axe-core still calls experimental, so that the tags alone do not run them: a button whose
	 * spoken name contradicts its visible text (WCAG 2.5.3) is a real obstacle for voice control.
	 */
	private static final List<String> EXPERIMENTAL_WCAG_RULES = List.of("label-content-name-mismatch");

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> accessibilityViolations = new ArrayList<>();

	private int pagesChecked;

	/** Pages the test left before axe-core could finish on them: checked again, by URL, at the end. */
	private final Map<String, BrowserContext> notChecked = new LinkedHashMap<>();

	private final Set<String> checked = new java.util.HashSet<>();

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
	void closeContextsAndReportAccessibility() {
		notChecked.keySet().removeAll(checked);
		List<Map.Entry<String, BrowserContext>> again = List.copyOf(notChecked.entrySet());
		notChecked.clear();
		for (Map.Entry<String, BrowserContext> page : again) {
			Page fresh = page.getValue().newPage();
			fresh.navigate(page.getKey());
			checkAccessibility(fresh);
		}
		contexts.forEach(BrowserContext::close);
		contexts.clear();
		if (!accessibilityViolations.isEmpty()) {
			String report = "axe-core (" + String.join(", ", WCAG_TAGS) + "): " + accessibilityViolations.size()
					+ " serious or critical violation(s) on the " + pagesChecked + " page(s) checked\n  "
					+ String.join("\n  ", accessibilityViolations);
			System.out.println(report);
			Assertions.fail(report);
		}
	}

	/** A fresh page (own cookies and storage) at a desktop size, in Vietnamese. */
	protected Page newPage() {
		return newPage(1280, 900);
	}

	protected Page newPage(int width, int height) {
		BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("vi-VN"));
		context.setDefaultTimeout(30_000);
		contexts.add(context);
		Page page = context.newPage();
		page.onLoad(this::checkAccessibility);
		return page;
	}

	/**
	 * Runs axe-core on the page just loaded and keeps its serious and critical violations for the end of the
	 * test. Only danvan's own HTML pages are checked (not PDFs, feeds or JSON). A page the test leaves while
	 * axe runs is loaded again at the end of the test and checked then.
	 */
	protected void checkAccessibility(Page page) {
		String address = page.url();
		if (!address.startsWith(url("/"))) {
			return;
		}
		AxeResults results;
		try {
			if (!"text/html".equals(page.evaluate("document.contentType"))) {
				return;
			}
			results = new AxeBuilder(page).options(axeOptions()).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
		}
		catch (RuntimeException e) {
			if (!(e instanceof PlaywrightException) && !(e.getCause() instanceof PlaywrightException)) {
				throw e;
			}
			// the test moved on (a click, a redirect) while axe-core ran: check the address again at the end
			notChecked.putIfAbsent(address, page.context());
			return;
		}
		if (results.isErrored()) {
			if (String.valueOf(results.getErrorMessage()).contains("context was destroyed")) {
				notChecked.putIfAbsent(address, page.context());
			}
			else {
				accessibilityViolations.add("axe-core could not run on " + address + ": " + results.getErrorMessage());
			}
			return;
		}
		checked.add(address);
		pagesChecked++;
		for (Rule rule : results.getViolations()) {
			if (!FAILING_IMPACTS.contains(rule.getImpact())) {
				continue;
			}
			for (CheckedNode node : rule.getNodes()) {
				accessibilityViolations.add(rule.getId() + " (" + rule.getImpact() + ") on " + address + " at "
						+ node.getTarget() + ": " + node.getHtml() + " — " + node.getFailureSummary().replace('\n', ' '));
			}
		}
	}

	private static AxeRunOptions axeOptions() {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		Map<String, AxeRuleOptions> rules = new LinkedHashMap<>();
		for (String rule : EXPERIMENTAL_WCAG_RULES) {
			AxeRuleOptions enabled = new AxeRuleOptions();
			enabled.setEnabled(true);
			rules.put(rule, enabled);
		}
		options.setRules(rules);
		return options;
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
		// wait for the page after sign-in (or the refusal), so that axe-core checks it before the test goes on
		String login = url("/login");
		page.waitForURL(address -> !address.equals(login));
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
