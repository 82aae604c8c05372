package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import danvan.DanvanApplication;
import danvan.test.TestDatabase;

/**
 * Two application nodes (two Spring contexts) on one PostgreSQL database with {@code DANVAN_SEARCH=postgresql}:
 * an article published on node A is found by search on node B at once, even by a query node B had just answered
 * (and keeps as a first page), and an article withdrawn on A disappears from B's results.
 */
@Tag("db")
@EnabledIfSystemProperty(named = "DANVAN_TEST_DB_URL", matches = "jdbc:postgresql:.*")
class SearchAcrossNodesTests {

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stop() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(DanvanApplication.class, TestDatabase.class).profiles("test")
			.run("--danvan.search.engine=postgresql", "--server.port=0", "--spring.main.banner-mode=off",
					"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap");
	}

	@Test
	void anArticlePublishedOnOneNodeIsFoundOnTheOtherAtOnce() {
		String word = "haimay" + System.nanoTime() % 100_000;
		ArticleSearch searchOnB = nodeB.getBean(ArticleSearch.class);
		assertThat(searchOnB.search(word, 0).total()).isZero();

		ArticleService articlesOnA = nodeA.getBean(ArticleService.class);
		Article article = PortalFixtures.published(articlesOnA, "Tin đăng trên máy A: " + word, "<p>Nội dung có dân vận khéo.</p>");

		ArticleSearch.Results onB = searchOnB.search(word, 0);
		assertThat(onB.total()).isEqualTo(1);
		assertThat(onB.hits().get(0).slug()).isEqualTo(article.getSlug());
		assertThat(onB.hits().get(0).titleHtml()).contains("<mark>" + word + "</mark>");

		PortalFixtures.asEditor(() -> {
			Article current = articlesOnA.get(article.getId());
			return articlesOnA.unpublish(current.getId(), current.getVersion());
		});
		assertThat(searchOnB.search(word, 0).total()).isZero();
	}

}
