package danvan.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.cluster.ClusterCaches;

/**
 * What readers see: published articles only (a scheduled one from its moment on). Article pages and the
 * home page are kept for a few seconds in memory and dropped as soon as an article, its comments or its
 * stored view count change on this node; other nodes catch up within {@link #FRESHNESS}.
 */
@Service
public class PortalNews {

	static final Duration FRESHNESS = Duration.ofSeconds(10);

	/**
	 * The cluster-wide cache name of changed articles, key = slug (null: every article). A cache of anything
	 * derived from articles registers with {@code caches.onDrop(PortalNews.ARTICLES, slug -> ...)} and is dropped on
	 * every node when an article or its comments change.
	 */
	public static final String ARTICLES = "portal.articles";

	public static final int PAGE_SIZE = 10;

	private final ArticleRepository articles;

	private final ReaderCommentRepository comments;

	private final Clock clock;

	private final ClusterCaches caches;

	private final Cache<String, Optional<ArticlePage>> pages = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterWrite(FRESHNESS)
		.build();

	private final Cache<String, HomeView> home = Caffeine.newBuilder().expireAfterWrite(FRESHNESS).build();

	PortalNews(ArticleRepository articles, ReaderCommentRepository comments, Clock clock, ClusterCaches caches) {
		this.articles = articles;
		this.comments = comments;
		this.clock = clock;
		this.caches = caches;
		caches.onDrop(ARTICLES, slug -> {
			if (slug != null) {
				pages.invalidate(slug);
			}
			else {
				pages.invalidateAll();
			}
			home.invalidateAll();
		});
	}

	public Optional<ArticlePage> page(String slug) {
		if (slug == null || slug.length() > Slugs.MAX_LENGTH + 10) {
			return Optional.empty();
		}
		return pages.get(slug, this::load);
	}

	@Transactional(readOnly = true)
	public HomeView home() {
		return home.get("home", key -> {
			Map<Category, List<ArticleSummary>> latest = new EnumMap<>(Category.class);
			for (Category category : Category.values()) {
				latest.put(category, summaries(articles.published(category, clock.instant(), PageRequest.of(0, 5))
					.getContent()));
			}
			List<ArticleSummary> newest = summaries(
					articles.published(null, clock.instant(), PageRequest.of(0, 1)).getContent());
			return new HomeView(newest.isEmpty() ? null : newest.get(0), latest, mostRead(5));
		});
	}

	@Transactional(readOnly = true)
	public Page<ArticleSummary> latest(Category category, int page) {
		int safePage = Math.max(0, Math.min(page, 10_000));
		return articles.published(category, clock.instant(), PageRequest.of(safePage, PAGE_SIZE))
			.map(ArticleSummary::of);
	}

	@Transactional(readOnly = true)
	public List<ArticleSummary> mostRead(int count) {
		return summaries(articles.mostRead(clock.instant(), PageRequest.of(0, count)));
	}

	@Transactional(readOnly = true)
	public List<ArticleSummary> all() {
		return summaries(articles.allPublished(clock.instant()));
	}

	/** Drops the article (every article when its slug is not known) on this node now and on every node at commit. */
	@EventListener
	void onChange(ArticleChanged changed) {
		caches.drop(ARTICLES, changed.slug());
	}

	private Optional<ArticlePage> load(String slug) {
		return articles.findBySlug(slug).filter(a -> a.isVisibleAt(clock.instant())).map(this::pageOf);
	}

	private ArticlePage pageOf(Article a) {
		List<ArticlePage.PublicComment> approved = comments
			.findByArticleIdAndStatusOrderByPostedAtAscIdAsc(a.getId(), CommentStatus.APPROVED)
			.stream()
			.map(c -> new ArticlePage.PublicComment(c.getId(), c.getAuthorName(), c.getContent(),
					PortalDates.dateTime(c.getPostedAt())))
			.toList();
		List<ArticleSummary> related = summaries(
				articles.related(a.getCategory(), a.getId(), clock.instant(), PageRequest.of(0, 5)));
		return new ArticlePage(a.getId(), a.getSlug(), a.getTitle(), a.getLead(), a.getBody(),
				description(a), a.getCategory(), a.getAuthorName(), a.getPublisher(), a.getPublishedAt(),
				PortalDates.date(a.getPublishedAt()), a.getCoverImageId(), a.getStoredViews(), a.getVersion(),
				approved, related);
	}

	private static String description(Article a) {
		String text = a.getLead().isBlank() ? a.getPlainText() : a.getLead();
		return text.length() <= 200 ? text : text.substring(0, 197).strip() + "…";
	}

	private static List<ArticleSummary> summaries(List<Article> list) {
		return list.stream().map(ArticleSummary::of).toList();
	}

	/** The home page: the newest article, the newest per category, and the most read. */
	public record HomeView(ArticleSummary headline, Map<Category, List<ArticleSummary>> byCategory,
			List<ArticleSummary> mostRead) {
	}

}
