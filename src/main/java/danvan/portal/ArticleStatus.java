package danvan.portal;

/** Draft → submitted → published → unpublished (and back to draft to rework it). */
public enum ArticleStatus {

	DRAFT, SUBMITTED, PUBLISHED, UNPUBLISHED

}
