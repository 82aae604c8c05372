package danvan.portal;

import java.time.Instant;
import java.util.List;

/**
 * Everything the public article page shows, as one immutable snapshot that can be cached. {@code views}
 * is the count stored at the last flush; the API gives the exact one. {@code tag} changes whenever anything
 * shown on the page changes; it is computed once, as every request of the page compares it.
 */
public record ArticlePage(Long id, String slug, String title, String lead, String body, String description,
		Category category, String authorName, String publisher, Instant publishedAt, String date, Long coverImageId, long views,
		long version, List<PublicComment> comments, List<ArticleSummary> related, String tag) {

	public ArticlePage(Long id, String slug, String title, String lead, String body, String description,
			Category category, String authorName, String publisher, Instant publishedAt, String date, Long coverImageId, long views,
			long version, List<PublicComment> comments, List<ArticleSummary> related) {
		this(id, slug, title, lead, body, description, category, authorName, publisher, publishedAt, date, coverImageId, views,
				version, comments, related, Long.toHexString(id) + "-" + version + "-" + views + "-" + comments.size()
						+ "-" + Integer.toHexString(comments.hashCode()) + "-" + Integer.toHexString(related.hashCode()));
	}

	public String url() {
		return "/tin-tuc/" + slug;
	}

	public String imageUrl() {
		return coverImageId == null ? null : "/anh/" + coverImageId + "/hien-thi";
	}

	/** An approved comment as readers see it: never the e-mail. */
	public record PublicComment(Long id, String authorName, String content, String dateTime) {
	}

}
