package danvan.portal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

	static final int MAX_WORDS = 12;

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final String OPEN = "\u0001";

	private static final String CLOSE = "\u0002";

	private final EntityManager entityManager;

	private final Clock clock;

	ArticleSearch(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
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

	@Transactional(readOnly = true)
	public Results search(String query, int page) {
		String words = normalise(query);
		int safePage = Math.max(0, Math.min(page, 1_000));
		if (words.isEmpty() || Folding.fold(words).isBlank()) {
			return new Results(words, List.of(), 0, safePage);
		}
		SearchSession session = Search.session(entityManager);
		SearchResult<Hit> result = session.search(Article.class)
			.select(f -> f.composite()
				.from(f.field("slug", String.class).toProjection(), f.field("title", String.class).toProjection(),
						f.highlight("title").highlighter("title").single().toProjection(), f.highlight("lead").toProjection(),
						f.highlight("plainText").toProjection(), f.field("lead", String.class).toProjection(),
						f.field("publishedAt", java.time.Instant.class).toProjection())
				.asList(ArticleSearch::hit))
			.where(f -> f.bool()
				.must(f.simpleQueryString()
					.field("title").boost(4f)
					.field("lead").boost(2f)
					.field("plainText")
					.matching(words)
					.defaultOperator(BooleanOperator.AND))
				.should(f.phrase().field("title").boost(8f).field("lead").boost(4f).field("plainText").boost(2f)
					.matching(words))
				.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED))
				.filter(f.range().field("publishedAt").atMost(clock.instant())))
			.highlighter(h -> h.plain().tag(OPEN, CLOSE).fragmentSize(160).numberOfFragments(2))
			.highlighter("title", h -> h.plain().tag(OPEN, CLOSE).fragmentSize(400).numberOfFragments(1))
			.fetch(safePage * PAGE_SIZE, PAGE_SIZE);
		return new Results(words, result.hits(), result.total().hitCount(), safePage);
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

	public record Results(String query, List<Hit> hits, long total, int page) {

		public int totalPages() {
			return (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public Map<String, Object> asMap() {
			return Map.of("query", query, "total", total);
		}

	}

}
