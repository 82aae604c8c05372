package danvan.portal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index when it holds fewer articles than the database (a new index directory, a
 * restored database, a new node). Articles saved through the application are indexed as they are saved.
 */
@Component
@Order(31)
class SearchIndexer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final EntityManagerFactory entityManagerFactory;

	private final ArticleRepository articles;

	SearchIndexer(EntityManagerFactory entityManagerFactory, ArticleRepository articles) {
		this.entityManagerFactory = entityManagerFactory;
		this.articles = articles;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		long indexed = countIndexed();
		long stored = articles.count();
		if (indexed < stored) {
			log.info("Search index holds {} of {} articles: rebuilding it", indexed, stored);
			mapping.scope(Article.class).massIndexer().threadsToLoadObjects(1).startAndWait();
		}
	}

	private long countIndexed() {
		try (var session = entityManagerFactory.createEntityManager()) {
			return Search.session(session).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

}
