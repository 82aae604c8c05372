package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import danvan.test.DanvanSpringTest;

/**
 * Every behaviour of {@link ArticleSearchTests} (accents, ranking, phrases, snippets, near matches, bad input)
 * again with {@code DANVAN_SEARCH=postgresql}: PostgreSQL's full-text search instead of the Lucene index.
 * PostgreSQL only (its second surefire execution).
 */
@DanvanSpringTest
@TestPropertySource(properties = "danvan.search.engine=postgresql")
@EnabledIfSystemProperty(named = "DANVAN_TEST_DB_URL", matches = "jdbc:postgresql:.*")
class PostgresArticleSearchTests extends ArticleSearchTests {

	@Autowired
	ArticleSearchEngine engine;

	@Test
	void theDatabaseEngineIsTheOneInUse() {
		assertThat(engine).isInstanceOf(PostgresArticleSearch.class);
	}

	@Test
	void accentsInTheQueryAreFoldedToo() {
		assertThat(search.search("Dân vận khéo", 0).total()).isEqualTo(search.search("dan van kheo", 0).total());
		assertThat(search.search("ĐẠI ĐOÀN KẾT", 0).total()).isEqualTo(search.search("dai doan ket", 0).total());
	}

}
