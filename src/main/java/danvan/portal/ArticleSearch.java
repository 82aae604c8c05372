package danvan.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

import danvan.platform.text.Folding;

/**
 * Full-text search over published articles, accent-insensitive ("dan van kheo" finds "Dân vận khéo"),
 * ranked by relevance (title first, then lead, then body, whole phrases above scattered words), with
 * highlighted snippets. Any query text is accepted: it is cut to a few words and Lucene syntax is ignored.
 */
@Service
public class ArticleSearch {

	public static final int PAGE_SIZE = 10;

	/** Deeper pages cost more with every page and nobody reads them: page 100 is the last one. */
	public static final int MAX_PAGES = 100;

	static final int MAX_WORDS = 12;

	/** Beyond this many hits the total is counted no further ("more than 1,000"), which spares the counting. */
	static final int COUNT_UP_TO = 1_000;

	/** A safety bound only (cheap counting is what keeps broad queries short): collecting stops after this long and the best hits found so far are shown. */
	static final Duration TIME_LIMIT = Duration.ofSeconds(2);

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final String OPEN = "\u0001";

	private static final String CLOSE = "\u0002";

	private final EntityManagerFactory entityManagerFactory;

	private final Clock clock;

	/**
	 * The first page of recent queries, per index generation: any article saved on this node starts a new
	 * generation, and an entry lives at most {@link PortalNews#FRESHNESS}, so a scheduled article that
	 * becomes visible, or one saved on another node, shows up as quickly as on the article pages.
	 * Caffeine keeps the queries asked most often.
	 */
	private final Cache<String, Results> firstPages = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterWrite(PortalNews.FRESHNESS)
		.build();

	private final AtomicLong generation = new AtomicLong();

	ArticleSearch(EntityManagerFactory entityManagerFactory, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock;
	}

	/** The words that will be searched: letters and digits only, at most a dozen. */
	public static String normalise(String query) {
		if (query == null) {
			return "";
		}
		String text = query.length() > 500 ? query.substring(0, 500) : query;
		String words = NOT_WORD.matcher(text).replaceAll(" ").strip();
		List<String> kept = List.of(words.split("\\s+")).stream().filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
		return String.join(" ", kept);
	}

	public Results search(String query, int page) {
		String words = normalise(query);
		int safePage = Math.max(0, Math.min(page, MAX_PAGES - 1));
		if (words.isEmpty() || Folding.fold(words).isBlank()) {
			return new Results(words, List.of(), 0, true, false, safePage);
		}
		if (safePage > 0) {
			return find(words, safePage);
		}
		return firstPages.get(generation.get() + "|" + words, key -> find(words, 0));
	}

	/** Once when the article is saved and again after its commit: a search between the two is not kept. */
	@EventListener
	void onChange(ArticleChanged changed) {
		generation.incrementAndGet();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void afterChange(ArticleChanged changed) {
		generation.incrementAndGet();
	}

	/**
	 * Reads the index only: no database connection, no transaction. A query that finds nothing is tried once
	 * more with one typing error allowed in each word of four letters or more ("dan van kheu").
	 */
	private Results find(String words, int page) {
		Results exact = find(words, words, page, false);
		if (exact.total() > 0) {
			return exact;
		}
		String fuzzy = String.join(" ", List.of(words.split(" ")).stream()
			.map(w -> w.length() >= 4 ? w + "~1" : w)
			.toList());
		return fuzzy.equals(words) ? exact : find(words, fuzzy, page, true);
	}

	private Results find(String words, String text, int page, boolean approximate) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchResult<Hit> result = session.search(Article.class)
				.select(f -> f.composite()
					.from(f.field("slug", String.class).toProjection(), f.field("title", String.class).toProjection(),
							f.highlight("title").highlighter("title").single().toProjection(),
							f.highlight("lead").toProjection(), f.highlight("summary").toProjection(),
							f.field("lead", String.class).toProjection(),
							f.field("publishedAt", java.time.Instant.class).toProjection())
					.asList(ArticleSearch::hit))
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
					.should(f.phrase().field("title").boost(8f).field("lead").boost(4f).field("plainText").boost(2f)
						.matching(words))
					.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED))
					.filter(f.range().field("publishedAt").atMost(clock.instant())))
				.highlighter(h -> h.plain().tag(OPEN, CLOSE).fragmentSize(160).numberOfFragments(2))
				.highlighter("title", h -> h.plain().tag(OPEN, CLOSE).fragmentSize(400).numberOfFragments(1))
				.totalHitCountThreshold(COUNT_UP_TO)
				.truncateAfter(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
				.fetch(page * PAGE_SIZE, PAGE_SIZE);
			return new Results(words, result.hits(), result.total().hitCountLowerBound(), result.total().isHitCountExact(),
					approximate, page);
		}
	}

	@SuppressWarnings("unchecked")
	private static Hit hit(List<?> values) {
		String titleHit = (String) values.get(2);
		List<String> leadHits = (List<String>) values.get(3);
		List<String> bodyHits = (List<String>) values.get(4);
		return new Hit((String) values.get(0),
				titleHit == null ? HtmlUtils.htmlEscape((String) values.get(1), "UTF-8") : marked(titleHit),
				snippet(bodyHits.isEmpty() ? leadHits : bodyHits, (String) values.get(5)),
				PortalDates.date((java.time.Instant) values.get(6)));
	}

	private static String snippet(List<String> fragments, String lead) {
		if (fragments.isEmpty()) {
			String text = lead.length() > 200 ? lead.substring(0, 197) + "…" : lead;
			return HtmlUtils.htmlEscape(text, "UTF-8");
		}
		return String.join(" … ", fragments.stream().map(ArticleSearch::marked).toList());
	}

	/** Escapes the text, then turns the highlighter's private markers into {@code <mark>}. */
	private static String marked(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8").replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
	}

	/** One found article; {@code titleHtml} and {@code snippetHtml} are escaped text with {@code <mark>}. */
	public record Hit(String slug, String titleHtml, String snippetHtml, String date) {

		public String url() {
			return "/tin-tuc/" + slug;
		}

	}

	/**
	 * {@code total} is exact when {@code exact}, otherwise a lower bound (at least {@link #COUNT_UP_TO});
	 * {@code approximate}: found only with a typing error allowed in each word.
	 */
	public record Results(String query, List<Hit> hits, long total, boolean exact, boolean approximate, int page) {

		public int totalPages() {
			return (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public Map<String, Object> asMap() {
			return Map.of("query", query, "total", total);
		}

	}

}
