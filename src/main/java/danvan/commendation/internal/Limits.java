package danvan.commendation.internal;

import danvan.platform.web.RuleViolationException;

/** Text longer than its column is refused next to its field, never cut or failed in the database. */
public final class Limits {

	private Limits() {
	}

	public static void check(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw RuleViolationException.onField(field, "commendation.tooLong", max);
		}
	}

}
