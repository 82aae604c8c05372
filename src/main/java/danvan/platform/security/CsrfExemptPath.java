package danvan.platform.security;

import org.springframework.http.HttpMethod;

/**
 * A public endpoint that takes requests without a CSRF token. Only for endpoints that act for nobody
 * (no session, no signed-in user); the declaring module explains why. The security configuration collects
 * these beans.
 */
public record CsrfExemptPath(HttpMethod method, String pattern) {

}
