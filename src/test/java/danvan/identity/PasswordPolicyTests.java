package danvan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import danvan.platform.web.RuleViolationException;

/** What bcrypt can hash is what the policy lets through: no password ends in a server error (ASVS 2.4.4). */
class PasswordPolicyTests {

	@Test
	void seventyTwoBytesAreAcceptedAndOneMoreIsRefusedWithAMessage() {
		assertThatCode(() -> PasswordPolicy.check("password", "a1".repeat(36), "nguoidung")).doesNotThrowAnyException();

		RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
				() -> PasswordPolicy.check("password", "a1".repeat(36) + "b", "nguoidung"));

		assertThat(refused.messageKey()).isEqualTo("identity.password.tooLong");
		assertThat(refused.field()).isEqualTo("password");
	}

	@Test
	void accentedLettersCountTheirBytes() {
		RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
				() -> PasswordPolicy.check("newPassword", "Mật khẩu dân vận khéo 2026 ".repeat(3), "nguoidung"));

		assertThat(refused.messageKey()).isEqualTo("identity.password.tooLong");
	}

}
