package danvan.portal;

/**
 * Where {@link ArticleSearch} finds articles: the embedded Lucene index (the default) or PostgreSQL's full-text
 * search ({@code DANVAN_SEARCH=postgresql}), chosen by {@code danvan.search.engine}. {@code words} are already
 * normalised (letters and digits, at most a dozen words) and {@code page} bounded.
 */
interface ArticleSearchEngine {

	/** Every word must be found; a query that finds nothing is retried once allowing a typing error. */
	ArticleSearch.Results find(String words, int page);

	/**
	 * Part of the key of the first pages kept on this node: it changes whenever an article that search might find
	 * changes anywhere the engine can see. Empty when only this node's own saves matter (the embedded index).
	 */
	String stamp();

}
