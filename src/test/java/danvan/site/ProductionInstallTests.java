package danvan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import danvan.DanvanApplication;

/**
 * A fresh production install on an empty database, as a provincial board would start it: no page, feed or
 * document may carry the demo's names. Until the administrator sets the identity the public pages say only
 * that the site is being set up; the administrator is sent to the setup page; afterwards every public page
 * and feed carries the board's own name.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionInstallTests {

	/** Names of the demo's bodies and places, old and new, that must never reach a production install. */
	static final List<String> DEMO_NAMES = List.of("Châu Thành", "Chau Thanh", "Tiền Giang", "Tien Giang", "Huyện ủy",
			"Huyen uy", "Tân Hiệp", "Tan Hiep", "Mỹ Tho", "Bình Đức", "Long Định", "Đồng Tháp", "Dong Thap",
			"Trần Văn Thắng");

	static final List<String> PUBLIC_PAGES = List.of("/", "/chuyen-muc/tin-hoat-dong", "/chuyen-muc/dan-van-kheo",
			"/tim-kiem?q=dan+van", "/tin-tuc/khong-co-bai-nay", "/thi-dua", "/chuyen-muc/tin-hoat-dong/rss",
			"/sitemap.xml");

	static final String BODY = "Ban Tuyên giáo và Dân vận Tỉnh ủy Mẫu Thử";

	private static ConfigurableApplicationContext context;

	private static HttpClient http;

	private static int port;

	@BeforeAll
	static void startInProduction() {
		String database = "jdbc:h2:mem:install-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		context = new SpringApplicationBuilder(DanvanApplication.class).run("--spring.datasource.url=" + database,
				"--danvan.mode=production", "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--danvan.files.root=target/test-files",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"--danvan.admin-password=Quantri2026");
		port = ((WebServerApplicationContext) context).getWebServer().getPort();
		http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	@Order(1)
	void beforeSetupEveryPublicPageSaysOnlyThatTheSiteIsBeingSetUp() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String path : PUBLIC_PAGES) {
			HttpResponse<String> page = get(path, null);
			softly.assertThat(page.statusCode()).as(path).isEqualTo(503);
			softly.assertThat(page.body()).as(path).contains("Trang đang được thiết lập");
			softly.assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			DEMO_NAMES.forEach(name -> softly.assertThat(page.body()).as(path).doesNotContain(name));
		}
		softly.assertAll();
	}

	@Test
	@Order(2)
	void theAdministratorIsSentToTheSetupPageBeforeAnythingElse() throws Exception {
		for (String path : List.of("/dashboard", "/org/units", "/emulation/movements", "/admin/site")) {
			HttpResponse<String> page = get(path, "admin:Quantri2026");
			assertThat(page.statusCode()).as(path).isEqualTo(302);
			assertThat(page.headers().firstValue("Location").orElse("")).as(path).endsWith("/admin/setup");
		}
		HttpResponse<String> setup = get("/admin/setup", "admin:Quantri2026");
		assertThat(setup.statusCode()).isEqualTo(200);
		assertThat(setup.body()).contains("Thiết lập ban đầu").contains("Tạo đơn vị mới");
		assertThat(setup.body()).contains("href=\"/org/units/import\"");
		assertThat(get("/org/units/import", "admin:Quantri2026").statusCode()).as("the tree import stays open").isEqualTo(200);
		DEMO_NAMES.forEach(name -> assertThat(setup.body()).doesNotContain(name));
	}

	@Test
	@Order(3)
	void aRefusedSetupLeavesNoUnitBehind() throws Exception {
		Map<String, String> form = setupForm();
		form.put("publicUrl", "ftp://sai.example.vn");
		HttpResponse<String> refused = post("/admin/setup", form);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Địa chỉ phải bắt đầu bằng http:// hoặc https://");
		assertThat(jdbc().queryForObject("select count(*) from org_unit", Integer.class)).isZero();
		assertThat(get("/", null).statusCode()).isEqualTo(503);
	}

	@Test
	@Order(4)
	void afterSetupThePublicPagesAndFeedsCarryTheBoardsOwnNameAndNoDemoName() throws Exception {
		HttpResponse<String> done = post("/admin/setup", setupForm());
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/dashboard");
		assertThat(get("/dashboard", "admin:Quantri2026").statusCode()).isEqualTo(200);

		SoftAssertions softly = new SoftAssertions();
		for (String path : PUBLIC_PAGES) {
			HttpResponse<String> page = get(path, null);
			softly.assertThat(page.statusCode()).as(path).isIn(200, 404);
			softly.assertThat(page.body()).as(path).doesNotContain("Trang đang được thiết lập");
			DEMO_NAMES.forEach(name -> softly.assertThat(page.body()).as(path).doesNotContain(name));
		}
		softly.assertThat(get("/", null).body()).contains(BODY)
			.contains("Đảng bộ tỉnh Mẫu Thử")
			.contains("Số 10, đường Thử Nghiệm")
			.contains("<meta property=\"og:url\" content=\"https://dantvan.mauthu.example.vn/\">")
			.contains("thi đua – khen thưởng và thực hiện Quy chế dân chủ của " + BODY + ".\">");
		softly.assertThat(get("/chuyen-muc/tin-hoat-dong", null).body())
			.contains("Các bài viết thuộc chuyên mục Tin hoạt động của " + BODY);
		softly.assertThat(get("/chuyen-muc/tin-hoat-dong/rss", null).body())
			.contains("<title>Tin hoạt động — " + BODY + "</title>")
			.contains("<link>https://dantvan.mauthu.example.vn/chuyen-muc/tin-hoat-dong</link>");
		softly.assertThat(get("/sitemap.xml", null).body()).contains("<loc>https://dantvan.mauthu.example.vn/</loc>");
		softly.assertAll();
	}

	private static Map<String, String> setupForm() {
		JdbcTemplate jdbc = jdbc();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("newUnit", "true");
		form.put("unitName", BODY);
		form.put("unitCode", "BTGDV_MAU_THU");
		form.put("unitKindId", jdbc.queryForObject("select id from org_unit_kind where code = 'BAN_DAN_VAN'", String.class));
		form.put("unitLevelId", jdbc.queryForObject("select id from org_level where code = 'TINH'", String.class));
		form.put("unitParentId", "");
		form.put("parentLine", "Đảng bộ tỉnh Mẫu Thử");
		form.put("address", "Số 10, đường Thử Nghiệm, phường Một");
		form.put("phone", "0277 3851 234");
		form.put("email", "btgdv@mauthu.example.vn");
		form.put("publicUrl", "https://dantvan.mauthu.example.vn");
		form.put("printPlace", "Mẫu Thử");
		form.put("defaultLanguage", "vi");
		return form;
	}

	private static JdbcTemplate jdbc() {
		return context.getBean(JdbcTemplate.class);
	}

	private static HttpResponse<String> get(String path, String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (credentials != null) {
			request.header("Authorization", basic(credentials));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A form post by the administrator with HTTP Basic (no browser session, so no CSRF token is asked). */
	private static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic("admin:Quantri2026"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
