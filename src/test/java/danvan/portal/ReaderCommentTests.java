package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import danvan.test.DanvanSpringTest;

/** Readers' comments: the form and the JSON API, their limits, and moderation. */
@DanvanSpringTest
class ReaderCommentTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ReaderCommentRepository comments;

	@Test
	void aCommentWaitsForModerationThenAppearsEscaped() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài có ý kiến"), "<p>Nội dung</p>");
		RequestPostProcessor client = newClient();
		mvc.perform(form(article, "Trần Văn An", "an@example.vn", "Hay quá <script>alert('x')</script> a < b & c").with(client))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tin-tuc/" + article.getSlug() + "?y-kien=cho-duyet#y-kien"));
		ReaderComment stored = only(article);
		assertThat(stored.getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(stored.getContent()).isEqualTo("Hay quá  a < b & c").doesNotContain("<script");
		assertThat(page(article)).doesNotContain("Trần Văn An");

		mvc.perform(post("/api/portal/comments/{id}/approve", stored.getId()).with(httpBasic("kiemduyet", "Danvan@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("approved"));
		String html = page(article);
		assertThat(html).contains("Trần Văn An").contains("Hay quá  a &lt; b &amp; c").doesNotContain("an@example.vn");
	}

	@Test
	void badCommentsGetAVietnameseMessageAndKeepWhatWasTyped() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài kiểm tra lỗi"), "<p>Nội dung</p>");
		String tooLong = "Ý kiến rất dài. ".repeat(200);
		String html = mvc.perform(form(article, "Lê Thị Bình", "", tooLong).with(newClient()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(html)).contains("Lê Thị Bình").contains("Ý kiến rất dài.").contains("2000");
		mvc.perform(form(article, "", "sai-email", "Nội dung").with(newClient()))
			.andExpect(status().isUnprocessableContent());
		String onlyMarkup = mvc.perform(form(article, "Lê Bình", "", "<script>alert(1)</script>").with(newClient()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(onlyMarkup).contains("chỉ chứa mã HTML").doesNotContain("<script>alert(1)</script>");
		assertThat(comments.countByArticleIdAndStatus(article.getId(), CommentStatus.PENDING)).isZero();
	}

	@Test
	void honeypotDoubleSubmitAndRateLimit() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài giới hạn"), "<p>Nội dung</p>");
		RequestPostProcessor robot = newClient();
		mvc.perform(form(article, "Robot", "", "Mua hàng giá rẻ").param("website", "http://spam.example").with(robot))
			.andExpect(status().is3xxRedirection());
		assertThat(comments.countByArticleIdAndStatus(article.getId(), CommentStatus.PENDING)).isZero();

		RequestPostProcessor reader = newClient();
		mvc.perform(form(article, "Ngô Minh", "", "Gửi hai lần").with(reader)).andExpect(status().is3xxRedirection());
		mvc.perform(form(article, "Ngô Minh", "", "Gửi hai lần").with(reader)).andExpect(status().is3xxRedirection());
		assertThat(comments.countByArticleIdAndStatus(article.getId(), CommentStatus.PENDING)).isEqualTo(1);

		for (int i = 2; i <= 5; i++) {
			mvc.perform(form(article, "Ngô Minh", "", "Ý kiến số " + i).with(reader)).andExpect(status().is3xxRedirection());
		}
		String refused = mvc.perform(form(article, "Ngô Minh", "", "Ý kiến số 6").with(reader))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(refused)).contains("quá 5 ý kiến trong 10 phút").contains("Ý kiến số 6");
		mvc.perform(api(article, "{\"name\":\"Ngô Minh\",\"email\":\"\",\"content\":\"Qua API\"}").with(reader))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value(containsString("quá 5 ý kiến")));
		assertThat(comments.countByArticleIdAndStatus(article.getId(), CommentStatus.PENDING)).isEqualTo(5);
	}

	@Test
	void formNeedsItsCsrfTokenWhichTheTokenEndpointGives() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài CSRF"), "<p>Nội dung</p>");
		mvc.perform(post("/tin-tuc/{slug}/y-kien", article.getSlug()).param("name", "A").param("content", "B"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/y-kien/ma-bao-ve"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token").isNotEmpty())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Cache-Control", "no-store"));
		mvc.perform(get("/tin-tuc/{slug}/y-kien", article.getSlug()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("name=\"_csrf\"")));
	}

	@Test
	void commentsOnUnpublishedOrMissingArticlesAreRefused() throws Exception {
		Article draft = PortalFixtures.asEditor(() -> articles.create(PortalFixtures.draft(PortalFixtures.unique("Bài nháp"), "<p>x</p>", null)));
		mvc.perform(form(draft, "An", "", "Ý kiến").with(newClient())).andExpect(status().isNotFound());
		mvc.perform(api(draft, "{\"name\":\"An\",\"content\":\"Ý kiến\"}").with(newClient()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/portal/articles/khong-co/comments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"An\",\"content\":\"Ý kiến\"}")).andExpect(status().isNotFound());
		assertThat(comments.countByArticleIdAndStatus(draft.getId(), CommentStatus.PENDING)).isZero();
	}

	@Test
	void theJsonApiTakesCommentsWithoutCsrfAndValidatesThem() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài API"), "<p>Nội dung</p>");
		mvc.perform(api(article, "{\"name\":\"Phan Hòa\",\"email\":\"hoa@example.vn\",\"content\":\"Qua API <b>đậm</b>\"}").with(newClient()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("pending"));
		assertThat(only(article).getContent()).isEqualTo("Qua API đậm");
		mvc.perform(api(article, "{\"name\":\"\",\"content\":\"" + "x".repeat(2001) + "\"}").with(newClient()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "content")));
		mvc.perform(api(article, "not json").with(newClient())).andExpect(status().isBadRequest());
	}

	@Test
	void moderatorsWorkTheQueueInBulk() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài kiểm duyệt"), "<p>Nội dung</p>");
		for (String text : List.of("Một", "Hai", "Ba")) {
			mvc.perform(form(article, "Bạn đọc " + text, "", "Ý kiến " + text).with(newClient()));
		}
		List<Long> ids = comments.findByStatusOrderByPostedAtAscIdAsc(CommentStatus.PENDING, org.springframework.data.domain.Pageable.unpaged())
			.stream().filter(c -> c.getArticleId().equals(article.getId())).map(ReaderComment::getId).toList();
		assertThat(ids).hasSize(3);
		mvc.perform(get("/api/portal/comments").param("status", "pending")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/portal/comments").param("status", "pending").with(httpBasic("bientap", "Danvan@2026")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/portal/comments").param("status", "pending").with(httpBasic("kiemduyet", "Danvan@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItem(ids.get(0).intValue())));
		mvc.perform(get("/api/portal/comments").param("status", "nonsense").with(httpBasic("kiemduyet", "Danvan@2026")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/portal/comments").with(httpBasic("kiemduyet", "Danvan@2026"))).andExpect(status().isOk());
		mvc.perform(get("/dashboard").with(httpBasic("kiemduyet", "Danvan@2026")))
			.andExpect(content().string(containsString("Ý kiến bạn đọc đang chờ kiểm duyệt")))
			.andExpect(content().string(containsString("href=\"/portal/comments\"")));
		mvc.perform(get("/dashboard").with(httpBasic("binhduc", "Danvan@2026")))
			.andExpect(content().string(not(containsString("Ý kiến bạn đọc đang chờ"))));
		mvc.perform(post("/portal/comments").with(httpBasic("kiemduyet", "Danvan@2026"))
			.param("ids", ids.get(0).toString(), ids.get(1).toString()).param("decision", "APPROVED"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/portal/comments").with(httpBasic("kiemduyet", "Danvan@2026"))
			.param("ids", ids.get(2).toString()).param("decision", "SPAM"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/portal/comments/{id}/reject", ids.get(1)).with(httpBasic("kiemduyet", "Danvan@2026")))
			.andExpect(status().isOk());
		String html = page(article);
		assertThat(html).contains("Ý kiến Một").doesNotContain("Ý kiến Hai").doesNotContain("Ý kiến Ba");
	}

	private String page(Article article) throws Exception {
		return mvc.perform(get("/tin-tuc/{slug}", article.getSlug())).andReturn().getResponse().getContentAsString();
	}

	private ReaderComment only(Article article) {
		List<ReaderComment> all = comments.findAll().stream().filter(c -> c.getArticleId().equals(article.getId())).toList();
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	private static MockHttpServletRequestBuilder form(Article article, String name, String email, String content) {
		return post("/tin-tuc/{slug}/y-kien", article.getSlug()).with(csrf())
			.param("name", name)
			.param("email", email)
			.param("content", content)
			.param("website", "");
	}

	private static MockHttpServletRequestBuilder api(Article article, String json) {
		return post("/api/portal/articles/{slug}/comments", article.getSlug()).contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	/** Each test reader comes from its own address, so rate limits do not leak between tests. */
	private static RequestPostProcessor newClient() {
		String address = "10.1.0." + CLIENTS.incrementAndGet();
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
