package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import danvan.test.DanvanSpringTest;

/** View counting: exact under concurrency, batched to the database, only for full page loads. */
@DanvanSpringTest
class ArticleViewsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticleViews views;

	@Autowired
	ArticleRepository repository;

	@Test
	void concurrentViewsAddExactlyNWhileFlushesRun() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài đếm lượt xem"), "<p>x</p>");
		int threads = 8;
		int perThread = 2_500;
		ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
		CountDownLatch start = new CountDownLatch(1);
		for (int t = 0; t < threads; t++) {
			pool.submit(() -> {
				start.await();
				for (int i = 0; i < perThread; i++) {
					views.record(article.getId());
				}
				return null;
			});
		}
		pool.submit(() -> {
			start.await();
			for (int i = 0; i < 20; i++) {
				views.flush();
			}
			return null;
		});
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(views.count(article.getId())).isEqualTo(threads * perThread);
		views.flush();
		assertThat(repository.storedViews(article.getId())).contains((long) threads * perThread);
		assertThat(views.count(article.getId())).isEqualTo(threads * perThread);
	}

	@Test
	void concurrentPageLoadsCountEachOnce() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài tải đồng thời"), "<p>x</p>");
		int loads = 40;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int i = 0; i < loads; i++) {
			pool.submit(() -> mvc.perform(get("/tin-tuc/{slug}", article.getSlug())).andExpect(status().isOk()));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		mvc.perform(get("/api/portal/articles/{slug}", article.getSlug()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.views").value(loads));
	}

	@Test
	void apiReadsHeadRequestsAndNotModifiedAnswersDoNotCount() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài không đếm"), "<p>x</p>");
		String etag = mvc.perform(get("/tin-tuc/{slug}", article.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/tin-tuc/{slug}", article.getSlug()).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		mvc.perform(head("/tin-tuc/{slug}", article.getSlug())).andExpect(status().isOk());
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/portal/articles/{slug}", article.getSlug())).andExpect(jsonPath("$.views").value(1));
		}
		mvc.perform(get("/tin-tuc/{slug}/in", article.getSlug())).andExpect(status().isOk());
		assertThat(views.count(article.getId())).isEqualTo(1);
	}

	@Test
	void aFlushKeepsThePageItsTagAndShowsTheLiveCount() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài giữ trang khi ghi"), "<p>x</p>");
		String etag = mvc.perform(get("/tin-tuc/{slug}", article.getSlug())).andReturn().getResponse().getHeader("ETag");
		for (int i = 0; i < 5; i++) {
			views.record(article.getId());
		}
		views.flush();
		mvc.perform(get("/tin-tuc/{slug}", article.getSlug()).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		String html = mvc.perform(get("/tin-tuc/{slug}", article.getSlug()))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", etag))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Lượt xem</span>: <span>7</span>").doesNotContain(RENDERED_SLOT);
	}

	private static final String RENDERED_SLOT = "danvanViewCountSlot";

	@Test
	void anEditorsSaveDoesNotUndoCountedViews() {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài sửa sau khi xem"), "<p>x</p>");
		for (int i = 0; i < 7; i++) {
			views.record(article.getId());
		}
		views.flush();
		PortalFixtures.asEditor(() -> articles.update(article.getId(), articles.get(article.getId()).getVersion(),
				PortalFixtures.draft(article.getTitle(), "<p>sửa</p>", null)));
		assertThat(repository.storedViews(article.getId())).contains(7L);
	}

}
