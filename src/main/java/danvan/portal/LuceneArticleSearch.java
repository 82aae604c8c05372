package danvan.portal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index (Hibernate Search), one per node: the engine with no configuration. Reads the index
 * only: no database connection, no transaction.
 */
@Component
@ConditionalOnProperty(name = SearchEngineSettings.PROPERTY, havingValue = SearchEngineSettings.LUCENE, matchIfMissing = true)
class LuceneArticleSearch implements ArticleSearchEngine {

	private final EntityManagerFactory entityManagerFactory;

	private final Clock clock;

	LuceneArticleSearch(EntityManagerFactory entityManagerFactory, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock;
	}

	@Override
	public String stamp() {
		return "";
	}

	/** A query that finds nothing is tried once more with one typing error allowed in each word of four letters or more. */
	@Override
	public ArticleSearch.Results find(String words, int page) {
		ArticleSearch.Results exact = find(words, words, page, false);
		if (exact.total() > 0) {
			return exact;
		}
		String fuzzy = String.join(" ", List.of(words.split(" ")).stream()
			.map(w -> w.length() >= 4 ? w + "~1" : w)
			.toList());
		return fuzzy.equals(words) ? exact : find(words, fuzzy, page, true);
	}

	private ArticleSearch.Results find(String words, String text, int page, boolean approximate) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchResult<ArticleSearch.Hit> result = session.search(Article.class)
				.select(f -> f.composite()
					.from(f.field("slug", String.class).toProjection(), f.field("title", String.class).toProjection(),
							f.highlight("title").highlighter("title").single().toProjection(),
							f.highlight("lead").toProjection(), f.highlight("summary").toProjection(),
							f.field("lead", String.class).toProjection(),
							f.field("publishedAt", java.time.Instant.class).toProjection())
					.asList(LuceneArticleSearch::hit))
				.where(f -> f.bool()
					.must(f.simpleQueryString()
						.field("title").boost(4f)
						.field("lead").boost(2f)
						.field("plainText")
						// the body's opening again, lightly: the highlighter marks only fields the query names
						.field("summary").boost(0.2f)
						.matching(text)
						.defaultOperator(BooleanOperator.AND))
					// every word in the title: above articles that only have the words somewhere in the body, however often
					.should(f.simpleQueryString().field("title").matching(text).defaultOperator(BooleanOperator.AND).boost(10f))
					// the words as a phrase in the title, the lead or the body's opening (phrases over whole bodies
					// read the positions of every hit of a broad query: the slowest part at 100,000 articles)
					.should(f.phrase().field("title").boost(8f).field("lead").boost(4f).field("summary").boost(2f)
						.matching(words))
					.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED))
					.filter(f.range().field("publishedAt").atMost(clock.instant())))
				.highlighter(h -> h.plain().tag(ArticleSearch.OPEN, ArticleSearch.CLOSE).fragmentSize(160).numberOfFragments(2))
				.highlighter("title", h -> h.plain().tag(ArticleSearch.OPEN, ArticleSearch.CLOSE).fragmentSize(400).numberOfFragments(1))
				.totalHitCountThreshold(ArticleSearch.COUNT_UP_TO)
				.truncateAfter(ArticleSearch.TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
				.fetch(page * ArticleSearch.PAGE_SIZE, ArticleSearch.PAGE_SIZE);
			return new ArticleSearch.Results(words, result.hits(), result.total().hitCountLowerBound(),
					result.total().isHitCountExact(), approximate, page);
		}
	}

	@SuppressWarnings("unchecked")
	private static ArticleSearch.Hit hit(List<?> values) {
		List<String> leadHits = (List<String>) values.get(3);
		List<String> bodyHits = (List<String>) values.get(4);
		return ArticleSearch.hit((String) values.get(0), (String) values.get(1), (String) values.get(2),
				bodyHits.isEmpty() ? leadHits : bodyHits, (String) values.get(5), (java.time.Instant) values.get(6));
	}

}
