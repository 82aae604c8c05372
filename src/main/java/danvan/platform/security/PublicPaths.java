package danvan.platform.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Paths a module serves to everyone without signing in (the public portal, for instance). Declare a bean of
 * this type in the module; the security configuration collects them all.
 */
public record PublicPaths(HttpMethod method, List<String> patterns) {

	public static PublicPaths anyMethod(String... patterns) {
		return new PublicPaths(null, List.of(patterns));
	}

	public static PublicPaths of(HttpMethod method, String... patterns) {
		return new PublicPaths(method, List.of(patterns));
	}

}
