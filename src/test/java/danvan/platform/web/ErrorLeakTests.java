package danvan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import danvan.test.FailingEndpoints;
import danvan.test.ServerClient;
import danvan.test.TestDatabase;

/**
 * Every error path, on the pages and on the API, against the real server: the answer is a Vietnamese page or
 * an RFC 9457 problem, never a stack trace, SQL, a class name or a file path (ASVS 7.4.1, 13.2.x, 14.3.x).
 * The forced failures carry all of those in their exception message ({@link FailingEndpoints#SECRET}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabase.class, FailingEndpoints.class })
@Tag("db")
class ErrorLeakTests {

	private static final String ADMIN = ServerClient.basic("admin", "Danvan@2026");

	private static final List<String> LEAKS = List.of("exception", "select ", "password_hash", ".java", "java.lang",
			"danvan.identity", "danvan.platform", "org.springframework", "org.hibernate", "tools.jackson",
			"com.fasterxml", "/work/", "tomcat", "stacktrace", "\"trace\"", "sqlstate", "jdbc", "at line");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private ServerClient server;

	@BeforeEach
	void client() {
		server = new ServerClient(port);
	}

	@Test
	void anUnknownPageSendsAStrangerToSignInAndIsAVietnamese404ForAUser() {
		HttpResponse<String> stranger = server.send(server.request("/trang-khong-ton-tai").header("Accept", "text/html"));
		HttpResponse<String> page = server.send(page("/trang-khong-ton-tai", server.signIn("admin", "Danvan@2026")));

		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Không tìm thấy");
		List.of(stranger, page).forEach(ErrorLeakTests::assertNoLeak);
	}

	@Test
	void anUnknownApiPathIsA404WithoutDetailsOfTheServer() {
		HttpResponse<String> answer = server.send(server.request("/api/khong-ton-tai").header("Authorization", ADMIN));

		assertThat(answer.statusCode()).isEqualTo(404);
		assertNoLeak(answer);
	}

	@Test
	void malformedJsonIsA400Problem() {
		HttpResponse<String> answer = server.send(server.request("/api/org/units")
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"X\", \"kindId\": [tru")));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(answer.body()).contains("\"detail\"");
		assertNoLeak(answer);
	}

	@Test
	void aValueOfTheWrongTypeIsA400ProblemOnTheApiAndA404Page() {
		HttpResponse<String> api = server.send(server.request("/api/officials?unitId=abc").header("Authorization", ADMIN));
		HttpResponse<String> apiPath = server.send(server.request("/api/org/units/abc").header("Authorization", ADMIN));
		HttpResponse<String> page = server.send(page("/org/units/abc", server.signIn("admin", "Danvan@2026")));

		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(apiPath.statusCode()).isIn(400, 404);
		assertThat(page.statusCode()).isEqualTo(404);
		List.of(api, apiPath, page).forEach(ErrorLeakTests::assertNoLeak);
	}

	@Test
	void anUnexpectedFailureOnAPageShowsTheVietnameseErrorPageOnly() {
		HttpResponse<String> page = server.send(page("/test-failures/page", server.signIn("admin", "Danvan@2026")));

		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Lỗi hệ thống");
		assertNoLeak(page);
	}

	@Test
	void anUnexpectedFailureOnTheApiIsAPlain500Problem() {
		HttpResponse<String> answer = server.send(server.request("/api/test-failures/boom").header("Authorization", ADMIN));

		assertThat(answer.statusCode()).isEqualTo(500);
		assertThat(answer.body()).contains("Đã có lỗi ngoài ý muốn");
		assertNoLeak(answer);
	}

	@Test
	void anOversizedUploadIsRefusedInVietnameseOnTheApiAndThePage() {
		// over the 20 MB a file may have, by less than what Tomcat reads to the end of a refused request (2 MB)
		long overLimit = 21L * 1024 * 1024;
		HttpResponse<String> api = server.upload("/api/test-failures/upload", overLimit, "Authorization", ADMIN);

		ServerClient.SignedIn session = server.signIn("admin", "Danvan@2026");
		String token = ServerClient.csrfToken(server.send(page("/dashboard", session)).body());
		HttpResponse<String> page = server.upload("/test-failures/upload", overLimit, "Cookie", session.cookie(),
				"X-CSRF-TOKEN", token, "Accept", "text/html");

		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.body()).contains("Tệp gửi lên quá lớn");
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("Tệp gửi lên quá lớn");
		List.of(api, page).forEach(ErrorLeakTests::assertNoLeak);
	}

	@Test
	void aFormLongerThanTheServerTakesIsAVietnamese413PageAndSavesNothing() {
		// over the 12 MB form limit, by less than what Tomcat reads to the end of a refused request (2 MB)
		String content = "Ý kiến của bà con ".repeat(13 * 1024 * 1024 / 44); // 44 characters once URL-encoded
		Integer before = jdbc.queryForObject("select count(*) from dialogue_petition", Integer.class);
		ServerClient.SignedIn session = server.signIn("bandanvan", "Danvan@2026");
		String token = ServerClient.csrfToken(server.send(page("/dashboard", session)).body());

		HttpResponse<String> answer = server.send(page("/dialogue/petitions", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("source=LETTER&kind=PETITION&petitionerName=A&content="
					+ URLEncoder.encode(content, StandardCharsets.UTF_8))));

		HttpResponse<String> api = server.send(server.request("/api/dialogue/petitions")
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("content=" + URLEncoder.encode(content, StandardCharsets.UTF_8))));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("Nội dung gửi lên quá lớn").contains("chưa có gì được lưu");
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(api.body()).contains("chưa có gì được lưu");
		assertThat(jdbc.queryForObject("select count(*) from dialogue_petition", Integer.class)).isEqualTo(before);
		List.of(answer, api).forEach(ErrorLeakTests::assertNoLeak);
	}

	@Test
	void aMethodTheServerDoesNotTakeIsA405WithoutDetails() {
		HttpResponse<String> api = server.send(server.request("/api/org/units")
			.header("Authorization", ADMIN)
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
		HttpResponse<String> page = server.send(server.request("/login").header("Accept", "text/html")
			.method("PUT", HttpRequest.BodyPublishers.noBody()));
		HttpResponse<String> trace = server.send(server.request("/").method("TRACE", HttpRequest.BodyPublishers.noBody()));

		assertThat(api.statusCode()).isEqualTo(405);
		assertThat(page.statusCode()).isIn(403, 405);
		assertThat(trace.statusCode()).isEqualTo(405);
		List.of(api, page, trace).forEach(ErrorLeakTests::assertNoLeak);
	}

	@Test
	void aRequestTomcatRefusesBeforeTheApplicationNamesNoServerOrVersion() throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(("GET /?q={\"id\":null}| HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

			assertThat(answer).startsWith("HTTP/1.1 400");
			assertThat(answer.toLowerCase(Locale.ROOT)).doesNotContain("tomcat").doesNotContain("apache");
			assertNoLeak(answer);
		}
	}

	@Test
	void anApiCallWithTheWrongContentTypeIs415() {
		HttpResponse<String> answer = server.send(server.request("/api/org/units")
			.header("Authorization", ADMIN)
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("code=X")));

		assertThat(answer.statusCode()).isEqualTo(415);
		assertNoLeak(answer);
	}

	@Test
	void noFolderIsListed() {
		ServerClient.SignedIn session = server.signIn("admin", "Danvan@2026");
		for (String folder : List.of("/js/", "/css/", "/webjars/", "/webjars/tinymce/", "/.git/", "/WEB-INF/")) {
			HttpResponse<String> answer = server.send(page(folder, session));
			assertThat(answer.statusCode()).as(folder).isIn(403, 404);
			assertNoLeak(answer);
		}
	}

	/** A page request as a browser sends it, in a signed-in session. */
	private HttpRequest.Builder page(String path, ServerClient.SignedIn session) {
		return server.request(path).header("Accept", "text/html").header("Cookie", session.cookie());
	}

	private static void assertNoLeak(HttpResponse<String> response) {
		assertNoLeak(response.headers().map() + "\n" + response.body());
	}

	private static void assertNoLeak(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		assertThat(LEAKS).allSatisfy(leak -> assertThat(lower).as("the answer names %s", leak).doesNotContain(leak));
	}

}
