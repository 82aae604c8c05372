package danvan.portal;

/** A reader comment waits as PENDING until a moderator approves, rejects or marks it as spam. */
public enum CommentStatus {

	PENDING, APPROVED, REJECTED, SPAM

}
