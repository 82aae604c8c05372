package danvan.portal;

import java.time.Instant;

/** What an editor writes, after sanitising: the body is safe HTML, {@code plainText} its text. */
public record ArticleContent(String title, String lead, String body, String plainText, Category category,
		String authorName, Instant publishedAt, Long coverImageId) {

}
