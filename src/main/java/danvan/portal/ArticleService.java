package danvan.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.CurrentActor;
import danvan.platform.site.SiteIdentities;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Editors' work on articles: write, submit, publish (now or scheduled), unpublish, and every saved state
 * kept as a revision that can be compared and restored.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class ArticleService {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SiteIdentities site;

	ArticleService(ArticleRepository articles, ArticleRevisionRepository revisions, ApplicationEventPublisher events,
			Clock clock, SiteIdentities site) {
		this.articles = articles;
		this.revisions = revisions;
		this.events = events;
		this.clock = clock;
		this.site = site;
	}

	@Transactional(readOnly = true)
	public Page<Article> list(ArticleStatus status, Pageable pageable) {
		return articles.forEditors(status, pageable);
	}

	@Transactional(readOnly = true)
	public Article get(Long id) {
		return articles.findById(id).orElseThrow(NotFoundException::record);
	}

	@Transactional
	public Article create(ArticleDraft draft) {
		ArticleContent content = contentOf(draft);
		Article article = new Article(uniqueSlug(content.title()), content, 0, clock.instant(), CurrentActor.name());
		return saved(article);
	}

	@Transactional
	public Article update(Long id, long formVersion, ArticleDraft draft) {
		Article article = current(id, formVersion);
		article.apply(contentOf(draft), clock.instant(), CurrentActor.name());
		return saved(article);
	}

	@Transactional
	public Article submit(Long id, long formVersion) {
		Article article = current(id, formVersion);
		article.submit(clock.instant(), CurrentActor.name());
		return saved(article);
	}

	/** Publishes at the article's own date when that lies ahead (scheduled), otherwise now. */
	@Transactional
	public Article publish(Long id, long formVersion) {
		Article article = current(id, formVersion);
		article.publish(null, clock.instant(), CurrentActor.name(), site.current().bodyName());
		return saved(article);
	}

	@Transactional
	public Article unpublish(Long id, long formVersion) {
		Article article = current(id, formVersion);
		article.unpublish(clock.instant(), CurrentActor.name());
		return saved(article);
	}

	@Transactional
	public Article backToDraft(Long id, long formVersion) {
		Article article = current(id, formVersion);
		article.backToDraft(clock.instant(), CurrentActor.name());
		return saved(article);
	}

	@Transactional(readOnly = true)
	public List<ArticleRevision> revisions(Long id) {
		return revisions.findByArticleIdOrderByRevisionDesc(get(id).getId());
	}

	@Transactional(readOnly = true)
	public ArticleRevision revision(Long id, int revision) {
		return revisions.findByArticleIdAndRevision(id, revision).orElseThrow(NotFoundException::record);
	}

	/** Brings back an earlier revision's text as a new revision; the status stays as it is. */
	@Transactional
	public Article restore(Long id, int revision, long formVersion) {
		Article article = current(id, formVersion);
		ArticleRevision old = revision(id, revision);
		ArticleHtml.Cleaned body = ArticleHtml.clean(old.getBody());
		article.apply(new ArticleContent(old.getTitle(), old.getLead(), body.html(), body.text(), old.getCategory(),
				old.getAuthorName(), null, body.coverImageId()), clock.instant(), CurrentActor.name());
		return saved(article);
	}

	private Article current(Long id, long formVersion) {
		Article article = get(id);
		StaleRecordException.check(formVersion, article.getVersion());
		return article;
	}

	private Article saved(Article article) {
		Article saved = articles.saveAndFlush(article);
		revisions.save(new ArticleRevision(saved));
		events.publishEvent(new ArticleChanged(saved.getId(), saved.getSlug()));
		return saved;
	}

	private static ArticleContent contentOf(ArticleDraft draft) {
		ArticleHtml.Cleaned body = ArticleHtml.clean(draft.body());
		if (body.text().isBlank() && body.coverImageId() == null) {
			throw RuleViolationException.onField("body", "portal.article.emptyBody");
		}
		return new ArticleContent(draft.title().strip(), ArticleHtml.plain(draft.lead()), body.html(), body.text(),
				draft.category(), draft.authorName().strip(), draft.publishedAt(), body.coverImageId());
	}

	private String uniqueSlug(String title) {
		String base = Slugs.of(title);
		String slug = base;
		for (int n = 2; articles.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}


}
