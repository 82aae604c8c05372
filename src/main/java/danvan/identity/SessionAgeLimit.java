package danvan.identity;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than {@code danvan.security.session-max-age} (12 hours), however busy it was (ASVS 3.3.2);
 * the idle limit is the servlet session timeout. The request then goes on without a signed-in user, so it meets
 * the usual answer: the sign-in page, 401 for the API, a full reload for htmx.
 */
class SessionAgeLimit extends OncePerRequestFilter {

	private final long maxAgeMillis;

	SessionAgeLimit(Duration maxAge) {
		this.maxAgeMillis = maxAge.toMillis();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && System.currentTimeMillis() - session.getCreationTime() > maxAgeMillis) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
