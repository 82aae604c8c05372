package danvan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import danvan.platform.web.RuleViolationException;

/** The lockout and password rules of an account, with explicit instants instead of a clock. */
class AccountLockoutRulesTests {

	static final int MAX = 5;

	static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

	final Instant t0 = Instant.parse("2026-03-02T01:00:00Z");

	final Account account = new Account("tester", "{noop}x", "Người thử", t0);

	@Test
	void fiveWrongPasswordsLockForFifteenMinutes() {
		failTimes(5, t0);

		assertThat(account.isLockedAt(t0)).isTrue();
		assertThat(account.isLockedAt(t0.plus(Duration.ofMinutes(14)).plusSeconds(59))).isTrue();
		assertThat(account.isLockedAt(t0.plus(FIFTEEN_MINUTES))).isFalse();
		assertThat(account.getLockedUntil()).isEqualTo(t0.plus(FIFTEEN_MINUTES));
	}

	@Test
	void fourWrongPasswordsDoNotLock() {
		failTimes(4, t0);

		assertThat(account.isLockedAt(t0)).isFalse();
		assertThat(account.getFailedAttempts()).isEqualTo(4);
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() {
		failTimes(4, t0);
		account.recordSuccess();
		failTimes(4, t0.plusSeconds(60));

		assertThat(account.isLockedAt(t0.plusSeconds(60))).isFalse();
		assertThat(account.getFailedAttempts()).isEqualTo(4);
	}

	@Test
	void afterTheLockExpiresItTakesFiveMoreFailuresToLockAgain() {
		failTimes(5, t0);
		Instant later = t0.plus(FIFTEEN_MINUTES).plusSeconds(1);
		failTimes(4, later);

		assertThat(account.isLockedAt(later)).isFalse();
		account.recordFailure(MAX, FIFTEEN_MINUTES, later);
		assertThat(account.isLockedAt(later)).isTrue();
	}

	@Test
	void unlockingAndANewPasswordLiftTheLock() {
		failTimes(5, t0);
		account.unlock();
		assertThat(account.isLockedAt(t0)).isFalse();

		failTimes(5, t0);
		account.changePassword("{noop}new", t0.plusSeconds(5));
		assertThat(account.isLockedAt(t0.plusSeconds(5))).isFalse();
		assertThat(account.getPasswordChangedAt()).isEqualTo(t0.plusSeconds(5));
	}

	@Test
	void passwordPolicyWantsEightCharactersWithLettersAndDigits() {
		PasswordPolicy.check("password", "Danvan@2026", "someone");
		for (String weak : new String[] { null, "", "short1", "onlyletters", "12345678", "x1".repeat(51) }) {
			assertThatThrownBy(() -> PasswordPolicy.check("password", weak, "someone"))
				.isInstanceOf(RuleViolationException.class)
				.hasMessage("identity.password.weak");
		}
		assertThatThrownBy(() -> PasswordPolicy.check("password", "nguyen123", "NGUYEN123"))
			.hasMessage("identity.password.sameAsUsername");
	}

	private void failTimes(int times, Instant at) {
		for (int i = 0; i < times; i++) {
			account.recordFailure(MAX, FIFTEEN_MINUTES, at);
		}
	}

}
