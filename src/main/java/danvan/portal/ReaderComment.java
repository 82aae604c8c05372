package danvan.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.web.RuleViolationException;

/**
 * A reader's comment on an article: plain text only, published when a moderator approves it. The e-mail is
 * for the editors and is never shown publicly.
 */
@Entity
@Table(name = "portal_comment")
@AuditTrail(value = "ReaderComment", ignore = { "contentHash", "clientKey" })
public class ReaderComment implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private String authorName;

	private String email;

	private String content;

	private String contentHash;

	private String clientKey;

	@Enumerated(EnumType.STRING)
	private CommentStatus status = CommentStatus.PENDING;

	private Instant postedAt;

	private Instant moderatedAt;

	private String moderatedBy;

	@Version
	private long version;

	protected ReaderComment() {
	}

	ReaderComment(Long articleId, String authorName, String email, String content, String contentHash,
			String clientKey, Instant postedAt) {
		this.articleId = articleId;
		this.authorName = authorName;
		this.email = email;
		this.content = content;
		this.contentHash = contentHash;
		this.clientKey = clientKey;
		this.postedAt = postedAt;
	}

	void moderate(CommentStatus decision, Instant now, String moderator) {
		if (decision == CommentStatus.PENDING) {
			throw new RuleViolationException("portal.comment.badDecision");
		}
		this.status = decision;
		this.moderatedAt = now;
		this.moderatedBy = moderator;
	}

	@Override
	public String auditLabel() {
		return authorName;
	}

	public Long getId() {
		return id;
	}

	public Long getArticleId() {
		return articleId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getEmail() {
		return email;
	}

	public String getContent() {
		return content;
	}

	public CommentStatus getStatus() {
		return status;
	}

	public Instant getPostedAt() {
		return postedAt;
	}

	public Instant getModeratedAt() {
		return moderatedAt;
	}

	public String getModeratedBy() {
		return moderatedBy;
	}

	String getContentHash() {
		return contentHash;
	}

	String getClientKey() {
		return clientKey;
	}

	public long getVersion() {
		return version;
	}

}
