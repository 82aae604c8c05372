package danvan.portal;

import danvan.platform.web.RuleViolationException;

/** A client sent more comments than the limit allows; it may try again later. */
public class CommentRateLimited extends RuleViolationException {

	private final long retryAfterSeconds;

	CommentRateLimited(int limit, long minutes) {
		super("portal.comment.tooMany", limit, minutes);
		this.retryAfterSeconds = minutes * 60;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
