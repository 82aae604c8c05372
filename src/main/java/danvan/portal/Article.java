package danvan.portal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.web.RuleViolationException;

/**
 * A news article. Its body is sanitised HTML; {@code plainText} is the body's text for search and
 * descriptions. {@code views} is written only by the view counter's batched flush, never by a save, so an
 * editor's save cannot undo counted views. A published article with a future {@code publishedAt} is
 * scheduled: readers see it from that moment on.
 */
@Entity
@Table(name = "portal_article")
@Indexed(index = "portal_article")
@AuditTrail(value = "Article", ignore = { "body", "plainText", "views", "updatedAt", "updatedBy", "revision" })
public class Article implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(projectable = Projectable.YES)
	private String slug;

	@FullTextField(analyzer = PortalAnalysis.FOLDED, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private String title;

	@FullTextField(analyzer = PortalAnalysis.FOLDED, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private String lead;

	private String body;

	@FullTextField(analyzer = PortalAnalysis.FOLDED, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private String plainText;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private Category category;

	private String authorName;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private ArticleStatus status = ArticleStatus.DRAFT;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	private Instant publishedAt;

	private String publisher;

	private Long coverImageId;

	@Column(updatable = false)
	private long views;

	private int revision;

	private Instant createdAt;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected Article() {
	}

	Article(String slug, ArticleContent content, long initialViews, Instant now, String actor) {
		this.slug = slug;
		this.views = initialViews;
		this.createdAt = now;
		apply(content, now, actor);
	}

	/** Takes the new content (already sanitised) and counts a new revision. */
	void apply(ArticleContent content, Instant now, String actor) {
		this.title = content.title();
		this.lead = content.lead();
		this.body = content.body();
		this.plainText = content.plainText();
		this.category = content.category();
		this.authorName = content.authorName();
		this.coverImageId = content.coverImageId();
		if (content.publishedAt() != null) {
			this.publishedAt = content.publishedAt();
		}
		touch(now, actor);
	}

	void submit(Instant now, String actor) {
		require(status == ArticleStatus.DRAFT || status == ArticleStatus.UNPUBLISHED, "portal.article.cannotSubmit");
		status = ArticleStatus.SUBMITTED;
		touch(now, actor);
	}

	/**
	 * Publishes now, or at {@code at} when that lies in the future (scheduled publishing). The first publication
	 * writes down the publishing body's name of that day; publishing again later keeps it.
	 */
	void publish(Instant at, Instant now, String actor, String publishingBody) {
		require(status != ArticleStatus.PUBLISHED || isScheduled(now), "portal.article.alreadyPublished");
		status = ArticleStatus.PUBLISHED;
		if (publisher == null && publishingBody != null && !publishingBody.isBlank()) {
			publisher = publishingBody;
		}
		publishedAt = at != null ? at : (publishedAt != null && publishedAt.isAfter(now) ? publishedAt : now);
		touch(now, actor);
	}

	void unpublish(Instant now, String actor) {
		require(status == ArticleStatus.PUBLISHED, "portal.article.notPublished");
		status = ArticleStatus.UNPUBLISHED;
		touch(now, actor);
	}

	void backToDraft(Instant now, String actor) {
		require(status == ArticleStatus.SUBMITTED || status == ArticleStatus.UNPUBLISHED,
				"portal.article.cannotReturn");
		status = ArticleStatus.DRAFT;
		touch(now, actor);
	}

	private void touch(Instant now, String actor) {
		this.revision++;
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	private static void require(boolean condition, String key) {
		if (!condition) {
			throw new RuleViolationException(key);
		}
	}

	/** The body that published the article, named as it was then; empty when not recorded. */
	public String getPublisher() {
		return publisher == null ? "" : publisher;
	}

	public boolean isVisibleAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	public boolean isScheduled(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
	}

	@Override
	public String auditLabel() {
		return title;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getLead() {
		return lead;
	}

	public String getBody() {
		return body;
	}

	public String getPlainText() {
		return plainText;
	}

	public Category getCategory() {
		return category;
	}

	public String getAuthorName() {
		return authorName;
	}

	public ArticleStatus getStatus() {
		return status;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Long getCoverImageId() {
		return coverImageId;
	}

	/** The views flushed to the database; {@link ArticleViews} adds the ones still in memory. */
	public long getStoredViews() {
		return views;
	}

	public int getRevision() {
		return revision;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public long getVersion() {
		return version;
	}

}
