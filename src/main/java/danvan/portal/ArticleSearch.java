package danvan.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

	/** The engines mark matched words with these two characters, which no article text holds. */
	static final String OPEN = "\u0001";

	static final String CLOSE = "\u0002";

	private final ArticleSearchEngine engine;

	/**
	 * The first page of recent queries, per index generation: any article saved on this node starts a new
	 * generation, and so does one saved on another node when the engine is shared ({@link ArticleSearchEngine#stamp()});
	 * an entry lives at most {@link PortalNews#FRESHNESS}, so a scheduled article that becomes visible shows up as
	 * quickly as on the article pages.
	 * Caffeine keeps the queries asked most often.
	 */
	private final Cache<String, Results> firstPages = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterWrite(PortalNews.FRESHNESS)
		.build();

	private final AtomicLong generation = new AtomicLong();

	ArticleSearch(ArticleSearchEngine engine) {
		this.engine = engine;
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
			return engine.find(words, safePage);
		}
		return firstPages.get(generation.get() + "|" + engine.stamp() + "|" + words, key -> engine.find(words, 0));
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
	 * One hit as the page shows it: the title marked where it matched ({@code markedTitle}, null when it did
	 * not), the body's matching fragments or else the lead's, or else the lead's opening.
	 */
	static Hit hit(String slug, String title, String markedTitle, List<String> fragments, String lead, Instant publishedAt) {
		return new Hit(slug, markedTitle == null ? HtmlUtils.htmlEscape(title, "UTF-8") : marked(markedTitle),
				snippet(fragments, lead), PortalDates.date(publishedAt));
	}

	private static String snippet(List<String> fragments, String lead) {
		if (fragments.isEmpty()) {
			String text = lead.length() > 200 ? lead.substring(0, 197) + "…" : lead;
			return HtmlUtils.htmlEscape(text, "UTF-8");
		}
		return String.join(" … ", fragments.stream().map(ArticleSearch::marked).toList());
	}

	/** Escapes the text, then turns the engine's private markers into {@code <mark>}. */
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
