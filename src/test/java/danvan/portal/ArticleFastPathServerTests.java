package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import danvan.test.FailingEndpoints;
import danvan.test.ServerClient;
import danvan.test.TestDatabase;

/**
 * The article fast path (a Tomcat valve, so only a real server runs it): once an article page has been rendered,
 * the next plain request gets the same page, the same headers and a counted view, without the filter chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabase.class, FailingEndpoints.class })
@Tag("db")
class ArticleFastPathServerTests {

	private static final String COUNT = "(Lượt xem</span>: <span>)\\d+(</span>)";

	@LocalServerPort
	int port;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleViews views;

	ServerClient server;

	@BeforeEach
	void connect() {
		server = new ServerClient(port);
	}

	@Test
	void theSecondReaderGetsTheSamePageAndHeadersAndIsCounted() {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài đường nhanh"), "<p>Nội dung</p>");
		String path = "/tin-tuc/" + article.getSlug();

		HttpResponse<String> full = server.get(path);
		HttpResponse<String> fast = server.get(path);

		assertThat(full.statusCode()).isEqualTo(200);
		assertThat(fast.statusCode()).isEqualTo(200);
		assertThat(full.body()).contains("Lượt xem</span>: <span>1</span>");
		assertThat(fast.body()).contains("Lượt xem</span>: <span>2</span>");
		assertThat(fast.body().replaceAll(COUNT, "$1$2")).isEqualTo(full.body().replaceAll(COUNT, "$1$2"));
		assertThat(headers(fast)).isEqualTo(headers(full)).containsKeys("content-security-policy", "etag",
				"permissions-policy", "referrer-policy", "x-frame-options", "content-language");
		assertThat(fast.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(fast.headers().firstValue("Set-Cookie")).isEmpty();

		HttpResponse<String> unchanged = server.send(server.request(path)
			.header("If-None-Match", full.headers().firstValue("ETag").orElseThrow()).GET());
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(views.count(article.getId())).isEqualTo(2);
	}

	@Test
	void overHttpsTheKeptPageCarriesHstsLikeTheFullOne() {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài qua HTTPS"), "<p>Nội dung</p>");
		String path = "/tin-tuc/" + article.getSlug();

		HttpResponse<String> plain = server.get(path);
		HttpResponse<String> full = server.send(server.request(path).header("X-Forwarded-Proto", "https").GET());
		HttpResponse<String> fast = server.send(server.request(path).header("X-Forwarded-Proto", "https").GET());

		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(full.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(fast.headers().firstValue("Strict-Transport-Security"))
			.isEqualTo(full.headers().firstValue("Strict-Transport-Security"));
		assertThat(server.get(path).headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void aQueryAnotherLanguageOrAnotherMethodTakesTheFullPath() {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài ngôn ngữ"), "<p>Nội dung</p>");
		String path = "/tin-tuc/" + article.getSlug();
		server.get(path);

		assertThat(server.get(path + "?y-kien=cho-duyet").body()).contains("sau khi được kiểm duyệt");
		assertThat(server.get(path + "?lang=en").body()).contains("Leave a comment");
		assertThat(server.send(server.request(path).header("Cookie", "danvan-lang=en").GET()).body())
			.contains("Leave a comment");
		assertThat(server.send(server.request(path).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()))
			.statusCode()).isEqualTo(200);
		assertThat(views.count(article.getId())).isGreaterThanOrEqualTo(4);
	}

	/** Every header but the date, by lower-case name. */
	private static Map<String, List<String>> headers(HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		headers.remove("content-length");
		return headers;
	}

}
