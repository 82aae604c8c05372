package danvan.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting person from the security context. */
public final class CurrentActor {

	public static final String SYSTEM = "hệ thống";

	private CurrentActor() {
	}

	public static Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	public static Actor require() {
		return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no actor"));
	}

	/** The username to record in the audit trail, or {@link #SYSTEM} for work done at startup. */
	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
	}

}
