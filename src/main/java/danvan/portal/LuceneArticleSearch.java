package danvan.portal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
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

	/** The first hits (ten pages) whose order includes the phrase's score; deeper pages follow the main query's order. */
	static final int RESCORED = 100;

	@Override
	public String stamp() {
		return "";
	}

	/**
	 * A query that finds nothing is tried once more with one typing error allowed in each word of four letters or
	 * more, in the title, the lead and the body's opening.
	 */
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
			SearchScope<Article> scope = session.scope(Article.class);
			SearchPredicateFactory f = scope.predicate();
			SearchPredicate published = f.bool()
				.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED))
				.filter(f.range().field("publishedAt").atMost(clock.instant()))
				.toPredicate();
			// a near match (one wrong letter a word) reads the title, the lead and the body's opening, as the
			// PostgreSQL engine's trigrams do: over whole bodies it matched almost every article of a province
			SearchPredicate wordsAnywhere = f.simpleQueryString()
				.field("title").boost(4f)
				.field("lead").boost(2f)
				.fields(approximate ? new String[0] : new String[] { "plainText" })
				// the body's opening again, lightly: the highlighter marks only fields the query names
				.field("summary").boost(approximate ? 1f : 0.2f)
				.matching(text)
				.defaultOperator(BooleanOperator.AND)
				.toPredicate();
			// every word in the title: above articles that only have the words somewhere in the body, however often
			SearchPredicate inTitle = f.simpleQueryString().field("title").matching(text).defaultOperator(BooleanOperator.AND)
				.boost(10f).toPredicate();
			// the words as a phrase in the title, the lead or the body's opening
			SearchPredicate phrase = f.phrase().field("title").boost(8f).field("lead").boost(4f).field("summary").boost(2f)
				.matching(words).toPredicate();

			boolean rescoredPage = page * ArticleSearch.PAGE_SIZE < RESCORED;
			SearchResult<Ranked> ranked = session.search(scope)
				.select(p -> p.composite().from(p.id(Long.class), p.score()).as(Ranked::new))
				.where(f.bool().must(wordsAnywhere).should(inTitle).filter(published).toPredicate())
				.totalHitCountThreshold(ArticleSearch.COUNT_UP_TO)
				.truncateAfter(ArticleSearch.TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
				.fetch(rescoredPage ? 0 : page * ArticleSearch.PAGE_SIZE, rescoredPage ? RESCORED : ArticleSearch.PAGE_SIZE);
			List<Long> ids = rescoredPage
					? rescored(session, scope, f, ranked.hits(), phrase).stream()
						.skip((long) page * ArticleSearch.PAGE_SIZE).limit(ArticleSearch.PAGE_SIZE).toList()
					: ranked.hits().stream().map(Ranked::id).toList();
			return new ArticleSearch.Results(words, shown(session, scope, f, ids, wordsAnywhere, inTitle, phrase),
					ranked.total().hitCountLowerBound(), ranked.total().isHitCountExact(), approximate, page);
		}
	}

	/**
	 * The best {@link #RESCORED} hits with the phrase's score added, best first. A phrase clause in the main query
	 * would give the same order, but it keeps Lucene from skipping the blocks of documents that cannot reach the
	 * first pages: a broad query then scores every one of its 20,000–99,000 hits (issue 22; the same on its own
	 * Lucene index: 4,500 hits scored instead of 20,145, a query three to four times faster). This is how search
	 * engines rescore a window.
	 */
	private static List<Long> rescored(SearchSession session, SearchScope<Article> scope, SearchPredicateFactory f,
			List<Ranked> best, SearchPredicate phrase) {
		if (best.isEmpty()) {
			return List.of();
		}
		List<Long> ids = best.stream().map(Ranked::id).toList();
		Map<Long, Float> phraseScores = session.search(scope)
			.select(p -> p.composite().from(p.id(Long.class), p.score()).as(Ranked::new))
			.where(f.bool().must(phrase).filter(f.id().matchingAny(ids)).toPredicate())
			.fetchHits(ids.size()).stream()
			.collect(Collectors.toMap(Ranked::id, Ranked::score));
		// a stable sort: equal scores keep the order Lucene gave them
		return best.stream()
			.map(hit -> new Ranked(hit.id(), hit.score() + phraseScores.getOrDefault(hit.id(), 0f)))
			.sorted(Comparator.comparingDouble(Ranked::score).reversed())
			.map(Ranked::id)
			.toList();
	}

	/** The page's hits in the given order, with their marked title and snippets. */
	private static List<ArticleSearch.Hit> shown(SearchSession session, SearchScope<Article> scope,
			SearchPredicateFactory f, List<Long> ids, SearchPredicate words, SearchPredicate inTitle, SearchPredicate phrase) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ArticleSearch.Hit> byId = session.search(scope)
			.select(p -> p.composite()
				.from(p.id(Long.class).toProjection(), p.field("slug", String.class).toProjection(),
						p.field("title", String.class).toProjection(),
						p.highlight("title").highlighter("title").single().toProjection(),
						p.highlight("lead").toProjection(), p.highlight("summary").toProjection(),
						p.field("lead", String.class).toProjection(),
						p.field("publishedAt", java.time.Instant.class).toProjection())
				.asList(values -> Map.entry((Long) values.get(0), hit(values.subList(1, values.size())))))
			.where(f.bool().must(words).should(inTitle).should(phrase).filter(f.id().matchingAny(ids)).toPredicate())
			.highlighter(h -> h.plain().tag(ArticleSearch.OPEN, ArticleSearch.CLOSE).fragmentSize(160).numberOfFragments(2))
			.highlighter("title", h -> h.plain().tag(ArticleSearch.OPEN, ArticleSearch.CLOSE).fragmentSize(400).numberOfFragments(1))
			.fetchHits(ids.size()).stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	private record Ranked(Long id, float score) {
	}

	@SuppressWarnings("unchecked")
	private static ArticleSearch.Hit hit(List<?> values) {
		List<String> leadHits = (List<String>) values.get(3);
		List<String> bodyHits = (List<String>) values.get(4);
		return ArticleSearch.hit((String) values.get(0), (String) values.get(1), (String) values.get(2),
				bodyHits.isEmpty() ? leadHits : bodyHits, (String) values.get(5), (java.time.Instant) values.get(6));
	}

}
