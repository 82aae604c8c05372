package danvan.identity;

import danvan.platform.web.RuleViolationException;

/** At least 8 characters with a letter and a digit, not the username, at most 100 characters. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > 100
				|| password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			throw RuleViolationException.onField(field, "identity.password.weak", MIN_LENGTH);
		}
		if (password.equalsIgnoreCase(username)) {
			throw RuleViolationException.onField(field, "identity.password.sameAsUsername");
		}
	}

}
