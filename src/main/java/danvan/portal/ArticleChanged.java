package danvan.portal;

/** An article's content, status or comments changed: caches of its public page must be dropped. */
public record ArticleChanged(Long articleId, String slug) {

}
