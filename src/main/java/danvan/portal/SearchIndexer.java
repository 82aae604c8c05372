package danvan.portal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import danvan.platform.cluster.WarmUps;

/**
 * Rebuilds the search index when it holds fewer articles than the database (a new index directory, a
 * restored database, a new node, a new index version). Articles saved through the application are indexed as
 * they are saved. The rebuild runs on a thread of its own, off the startup path: 100,000 articles take the
 * better part of a minute, during which the site answers and search finds the articles indexed so far.
 * {@code danvan.portal.index-on-start=wait} makes the start wait for it instead (tests, benchmarks).
 */
@Component
@Order(31)
@ConditionalOnProperty(name = SearchEngineSettings.PROPERTY, havingValue = SearchEngineSettings.LUCENE, matchIfMissing = true)
class SearchIndexer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private static final String WARM_UP = "portal.search-index";

	private final EntityManagerFactory entityManagerFactory;

	private final ArticleRepository articles;

	private final boolean wait;

	private final WarmUps warmUps;

	SearchIndexer(EntityManagerFactory entityManagerFactory, ArticleRepository articles,
			@Value("${danvan.portal.index-on-start:background}") String mode, WarmUps warmUps) {
		this.warmUps = warmUps;
		this.entityManagerFactory = entityManagerFactory;
		this.articles = articles;
		this.wait = "wait".equals(mode);
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		long indexed = countIndexed();
		long stored = articles.count();
		if (indexed < stored) {
			log.info("Search index holds {} of {} articles: rebuilding it", indexed, stored);
			var indexer = mapping.scope(Article.class).massIndexer().threadsToLoadObjects(1);
			if (wait) {
				indexer.startAndWait();
			}
			else {
				long start = System.nanoTime();
				// a node without its index is not ready for readers: readiness stays DOWN until it is rebuilt
				warmUps.hold(WARM_UP);
				indexer.start().whenComplete((done, failure) -> {
					warmUps.done(WARM_UP);
					if (failure != null) {
						log.error("Rebuilding the search index failed", failure);
					}
					else {
						log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
					}
				});
			}
		}
	}

	private long countIndexed() {
		try (var session = entityManagerFactory.createEntityManager()) {
			return Search.session(session).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

}
