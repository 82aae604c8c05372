package danvan.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import danvan.platform.AppClock;
import danvan.platform.DanvanSettings;
import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditWriter;

/**
 * Locks an account after too many wrong passwords in a row, for form sign-in and HTTP Basic alike, and writes
 * every sign-in decision to the audit trail with the client's address: a sign-in through the form, each refusal
 * (wrong password, locked, disabled; through the form or the API) and each lockout. A script's successful HTTP
 * Basic call authenticates on every request: it goes to the log ({@code danvan.signin}, debug), not the trail.
 * A name that matches no account is recorded without the name, which may be a mistyped password (ASVS 7.1.1).
 */
@Component
class SignInAttempts {

	static final String ACCOUNT = "Account";

	/** The trail's record for refusals of a name that belongs to no account. */
	static final String UNKNOWN_ACCOUNT = "?";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
		.withZone(AppClock.VIETNAM);

	private static final Logger log = LoggerFactory.getLogger("danvan.signin");

	private final AccountRepository accounts;

	private final DanvanSettings settings;

	private final Clock clock;

	private final AuditWriter audit;

	SignInAttempts(AccountRepository accounts, DanvanSettings settings, Clock clock, AuditWriter audit) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = clock.instant();
		Optional<Account> found = accounts.findForFailureByUsernameIgnoreCase(event.getAuthentication().getName());
		refused(event, found, "badCredentials");
		found.ifPresent(account -> {
			account.recordFailure(settings.lockout().maxFailures(), settings.lockout().duration(), now);
			if (account.isLockedAt(now)) {
				audit.writeEvent(ACCOUNT, account.getId(), AuditAction.LOCKOUT, account.getUsername(),
						details("lockedUntil", TIME.format(account.getLockedUntil())));
			}
		});
	}

	@EventListener
	@Transactional
	public void onLocked(AuthenticationFailureLockedEvent event) {
		refused(event, accounts.findByUsernameIgnoreCase(event.getAuthentication().getName()), "locked");
	}

	@EventListener
	@Transactional
	public void onDisabled(AuthenticationFailureDisabledEvent event) {
		refused(event, accounts.findByUsernameIgnoreCase(event.getAuthentication().getName()), "disabled");
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		Optional<Account> found = accounts.findByUsernameIgnoreCase(event.getAuthentication().getName());
		found.filter(account -> account.getFailedAttempts() > 0 || account.getLockedUntil() != null)
			.ifPresent(Account::recordSuccess);
		if (isScript()) {
			log.debug("API call signed in as {} from {}", event.getAuthentication().getName(), clientAddress());
			return;
		}
		found.ifPresent(account -> audit.writeEvent(ACCOUNT, account.getId(), AuditAction.SIGN_IN,
				account.getUsername(), details("channel", "web")));
	}

	private void refused(AbstractAuthenticationFailureEvent event, Optional<Account> found, String reason) {
		Map<String, String> details = details("reason", reason);
		details.put("channel", isScript() ? "api" : "web");
		if (found.isPresent()) {
			audit.writeEvent(ACCOUNT, found.get().getId(), AuditAction.SIGN_IN_FAILED, found.get().getUsername(),
					details);
		}
		else {
			audit.writeEvent(ACCOUNT, UNKNOWN_ACCOUNT, AuditAction.SIGN_IN_FAILED, UNKNOWN_ACCOUNT, details);
		}
		log.info("Sign-in refused ({}, {}) from {}", reason, details.get("channel"), clientAddress());
	}

	private static Map<String, String> details(String key, String value) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put(key, value);
		return details;
	}

	/** A script's call: HTTP Basic credentials on the request, rather than the sign-in form. */
	private static boolean isScript() {
		HttpServletRequest request = currentRequest();
		String header = request == null ? null : request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static String clientAddress() {
		HttpServletRequest request = currentRequest();
		return request == null ? "-" : request.getRemoteAddr();
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
