package danvan.oversight.web;

import danvan.platform.web.RuleViolationException;

/** Request text trimmed; blank is none; longer than its column is refused on its field. */
final class Texts {

	private Texts() {
	}

	static String text(String field, String s, int max) {
		if (s == null || s.isBlank()) {
			return null;
		}
		String t = s.trim();
		if (t.length() > max) {
			throw RuleViolationException.onField(field, "oversight.text.tooLong", max);
		}
		return t;
	}

}
