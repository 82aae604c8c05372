package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import danvan.test.DanvanSpringTest;

/** The public pages as a reader without an account gets them. */
@DanvanSpringTest
class PortalPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleViews views;

	@Test
	void theSeedArticleReadsAsOnTheDistrictPortal() throws Exception {
		String html = mvc.perform(get("/tin-tuc/" + PortalFixtures.SEED_SLUG))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Tổng kết phong trào thi đua chào mừng 90 năm ngày truyền thống công tác dân vận (15/10/1930-15/10/2020)")
			.contains("14/10/2020")
			.contains("Lượt xem")
			.contains("Tăng/Giảm cỡ chữ")
			.contains("A+")
			.contains("A−")
			.contains("Chiều ngày 8/10/2020, Ban Dân vận Huyện ủy tổ chức Hội nghị tổng kết")
			.contains("<figcaption>Ảnh: Quang cảnh Hội nghị</figcaption>")
			.contains("alt=\"Ảnh: Quang cảnh Hội nghị\"")
			.contains("Mỹ Nhiên")
			.as("published by the district's board, as it was named in 2020")
			.contains("<span class=\"pt-publisher\">Ban Dân vận Huyện ủy Châu Thành</span>")
			.contains("Ý kiến bạn đọc")
			.contains("Nguyễn Văn Hải")
			.doesNotContain("Phạm Hoa")
			.contains("<meta property=\"og:title\"")
			.contains("<meta name=\"description\"")
			.doesNotContain("_csrf");
	}

	@Test
	void articlePagesAreCacheableAndAnswerConditionalRequests() throws Exception {
		MvcResult first = mvc.perform(get("/tin-tuc/" + PortalFixtures.SEED_SLUG))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "public, no-cache"))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Set-Cookie")).isNull();
		mvc.perform(get("/tin-tuc/" + PortalFixtures.SEED_SLUG).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/").header("If-None-Match", "\"nothing\"")).andExpect(status().isOk())
			.andExpect(header().exists("ETag"));
		String homeTag = mvc.perform(get("/")).andReturn().getResponse().getHeader("ETag");
		mvc.perform(get("/").header("If-None-Match", homeTag)).andExpect(status().isNotModified());
		String searchTag = mvc.perform(get("/tim-kiem").param("q", "dân vận")).andReturn().getResponse().getHeader("ETag");
		mvc.perform(get("/tim-kiem").param("q", "dân vận").header("If-None-Match", searchTag))
			.andExpect(status().isNotModified());
	}

	@Test
	void aKeptPageIsSentAgainWithTheNewViewCount() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài đường nhanh"), "<p>Nội dung</p>");
		MvcResult full = mvc.perform(get("/tin-tuc/" + article.getSlug())).andExpect(status().isOk()).andReturn();
		MvcResult fast = mvc.perform(get("/tin-tuc/" + article.getSlug())).andExpect(status().isOk()).andReturn();
		// the same page, except the view count inserted as it is sent: 1 after the first load, 2 after this one
		String count = "(Lượt xem</span>: <span>)\\d+(</span>)";
		assertThat(full.getResponse().getContentAsString()).containsPattern("Lượt xem</span>: <span>1</span>");
		assertThat(fast.getResponse().getContentAsString()).containsPattern("Lượt xem</span>: <span>2</span>");
		assertThat(fast.getResponse().getContentAsString().replaceAll(count, "$1$2"))
			.isEqualTo(full.getResponse().getContentAsString().replaceAll(count, "$1$2"));
		for (String header : new String[] { "ETag", "Cache-Control", "X-Frame-Options", "X-Content-Type-Options" }) {
			assertThat(fast.getResponse().getHeader(header)).as(header).isEqualTo(full.getResponse().getHeader(header));
		}
		mvc.perform(get("/tin-tuc/" + article.getSlug()).header("If-None-Match", full.getResponse().getHeader("ETag")))
			.andExpect(status().isNotModified());
		assertThat(views.count(article.getId())).isEqualTo(2);
		mvc.perform(get("/tin-tuc/" + article.getSlug()).param("y-kien", "cho-duyet"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sau khi được kiểm duyệt")));
		assertThat(views.count(article.getId())).isEqualTo(3);
		mvc.perform(get("/tin-tuc/" + article.getSlug()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Leave a comment")));
	}

	@Test
	void homeShowsCategoriesMostReadAndSearch() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tin hoạt động")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dân vận khéo")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Thi đua – Khen thưởng")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Quy chế dân chủ")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đọc nhiều nhất")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"/tim-kiem\"")));
	}

	@Test
	void unknownArticleIsAFriendly404() throws Exception {
		mvc.perform(get("/tin-tuc/khong-co-bai-nay"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Không tìm thấy trang")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đọc nhiều nhất")));
		mvc.perform(get("/chuyen-muc/khong-co")).andExpect(status().isNotFound());
		mvc.perform(get("/api/portal/articles/khong-co-bai-nay")).andExpect(status().isNotFound());
	}

	@Test
	void hostilePagingAndQueriesGiveNormalPages() throws Exception {
		for (String page : new String[] { "-1", "0", "99999", "abc", "1e9", "" }) {
			mvc.perform(get("/chuyen-muc/tin-hoat-dong").param("page", page)).andExpect(status().isOk());
			mvc.perform(get("/tim-kiem").param("q", "dân vận").param("page", page)).andExpect(status().isOk());
		}
		String[] queries = { "x".repeat(5 * 1024), "' OR 1=1; DROP TABLE portal_article; --",
				"<script>alert(1)</script>", "\"unbalanced (quote AND OR NOT * ~ ^", "dân vận ".repeat(600), "%00\u0000",
				"" };
		for (String q : queries) {
			String html = mvc.perform(get("/tim-kiem").param("q", q))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).doesNotContain("<script>alert(1)</script>");
		}
	}

	@Test
	void categoryPagesAreListedAndPaged() throws Exception {
		String html = mvc.perform(get("/chuyen-muc/tin-hoat-dong"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Trang 1/").contains("page=2");
	}

	@Test
	void rssSitemapAndPrintableView() throws Exception {
		mvc.perform(get("/chuyen-muc/dan-van-kheo/rss"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/rss+xml")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<rss version=\"2.0\">")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dân vận khéo")));
		mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/tin-tuc/" + PortalFixtures.SEED_SLUG)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<loc>http://localhost/thi-dua</loc>")));
		mvc.perform(get("/tin-tuc/" + PortalFixtures.SEED_SLUG + "/in"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Mỹ Nhiên")));
	}

	@Test
	void theApiIsInTheOpenApiDescription() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("/api/portal/articles/{slug}"),
					org.hamcrest.Matchers.containsString("/api/portal/articles/{slug}/comments"),
					org.hamcrest.Matchers.containsString("/api/portal/comments"),
					org.hamcrest.Matchers.containsString("/api/portal/comments/{id}/approve"),
					org.hamcrest.Matchers.containsString("/api/portal/comments/{id}/reject"))));
	}

	@Test
	void imagesAreServedForAYear() throws Exception {
		String html = mvc.perform(get("/tin-tuc/" + PortalFixtures.SEED_SLUG)).andReturn().getResponse().getContentAsString();
		String src = html.replaceAll("(?s).*<img src=\"(/anh/\\d+/hien-thi)\".*", "$1");
		MvcResult image = mvc.perform(get(src))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000")))
			.andReturn();
		mvc.perform(get(src).header("If-None-Match", image.getResponse().getHeader("ETag")))
			.andExpect(status().isNotModified());
		mvc.perform(head(src)).andExpect(status().isOk());
		mvc.perform(get("/anh/abc/hien-thi")).andExpect(status().isNotFound());
		mvc.perform(get("/anh/1/goc")).andExpect(status().isNotFound());
	}

}
