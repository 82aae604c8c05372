package danvan.portal;

import java.time.Instant;

/** An editor's input: the body as the rich-text editor sent it (sanitised by the service). */
public record ArticleDraft(String title, String lead, String body, Category category, String authorName,
		Instant publishedAt) {

}
