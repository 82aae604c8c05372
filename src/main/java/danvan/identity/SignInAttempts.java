package danvan.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.DanvanSettings;

/** Locks an account after too many wrong passwords in a row, for form sign-in and HTTP Basic alike. */
@Component
class SignInAttempts {

	private final AccountRepository accounts;

	private final DanvanSettings settings;

	private final Clock clock;

	SignInAttempts(AccountRepository accounts, DanvanSettings settings, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByUsernameIgnoreCase(event.getAuthentication().getName())
			.ifPresent(account -> account.recordFailure(settings.lockout().maxFailures(),
					settings.lockout().duration(), clock.instant()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		accounts.findByUsernameIgnoreCase(event.getAuthentication().getName())
			.filter(account -> account.getFailedAttempts() > 0 || account.getLockedUntil() != null)
			.ifPresent(Account::recordSuccess);
	}

}
