package danvan.portal.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.platform.text.PlainText;
import danvan.portal.Article;
import danvan.portal.ArticleDraft;
import danvan.portal.Category;
import danvan.portal.PortalDates;

/** The editor's form. The body is the rich-text editor's HTML; the service sanitises it. */
class ArticleForm {

	@NotBlank
	@Size(max = 300)
	@PlainText
	private String title = "";

	@Size(max = 1000)
	private String lead = "";

	@Size(max = 200_000)
	private String body = "";

	@NotNull
	private Category category = Category.TIN_HOAT_DONG;

	@NotBlank
	@Size(max = 120)
	@PlainText
	private String authorName = "";

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime publishedAt;

	private long version;

	static ArticleForm of(Article article) {
		ArticleForm form = new ArticleForm();
		form.title = article.getTitle();
		form.lead = article.getLead();
		form.body = article.getBody();
		form.category = article.getCategory();
		form.authorName = article.getAuthorName();
		form.publishedAt = article.getPublishedAt() == null ? null
				: article.getPublishedAt().atZone(PortalDates.ZONE).toLocalDateTime().withSecond(0).withNano(0);
		form.version = article.getVersion();
		return form;
	}

	ArticleDraft draft() {
		return new ArticleDraft(title, lead, body, category, authorName,
				publishedAt == null ? null : publishedAt.atZone(PortalDates.ZONE).toInstant());
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Category getCategory() {
		return category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public String getAuthorName() {
		return authorName;
	}

	public void setAuthorName(String authorName) {
		this.authorName = authorName;
	}

	public LocalDateTime getPublishedAt() {
		return publishedAt;
	}

	public void setPublishedAt(LocalDateTime publishedAt) {
		this.publishedAt = publishedAt;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
