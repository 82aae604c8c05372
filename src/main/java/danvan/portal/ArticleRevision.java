package danvan.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A saved state of an article, kept for ever so that versions can be compared and restored. */
@Entity
@Immutable
@Table(name = "portal_article_revision")
public class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private int revision;

	private String title;

	private String lead;

	private String body;

	@Enumerated(EnumType.STRING)
	private Category category;

	private String authorName;

	private Instant publishedAt;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	private Instant savedAt;

	private String savedBy;

	protected ArticleRevision() {
	}

	ArticleRevision(Article article) {
		this.articleId = article.getId();
		this.revision = article.getRevision();
		this.title = article.getTitle();
		this.lead = article.getLead();
		this.body = article.getBody();
		this.category = article.getCategory();
		this.authorName = article.getAuthorName();
		this.publishedAt = article.getPublishedAt();
		this.status = article.getStatus();
		this.savedAt = article.getUpdatedAt();
		this.savedBy = article.getUpdatedBy();
	}

	public Long getId() {
		return id;
	}

	public Long getArticleId() {
		return articleId;
	}

	public int getRevision() {
		return revision;
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

	public Category getCategory() {
		return category;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public ArticleStatus getStatus() {
		return status;
	}

	public Instant getSavedAt() {
		return savedAt;
	}

	public String getSavedBy() {
		return savedBy;
	}

}
