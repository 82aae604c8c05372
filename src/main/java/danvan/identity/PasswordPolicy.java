package danvan.identity;

import java.nio.charset.StandardCharsets;

import danvan.platform.web.RuleViolationException;

/** At least 8 characters with a letter and a digit, not the username, at most 100 characters and 72 bytes. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	/** bcrypt reads only the first 72 bytes, and Spring Security refuses longer ones rather than cut them. */
	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > 100
				|| password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			throw RuleViolationException.onField(field, "identity.password.weak", MIN_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw RuleViolationException.onField(field, "identity.password.tooLong", MAX_BYTES);
		}
		if (password.equalsIgnoreCase(username)) {
			throw RuleViolationException.onField(field, "identity.password.sameAsUsername");
		}
	}

}
