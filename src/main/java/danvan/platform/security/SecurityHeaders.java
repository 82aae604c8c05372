package danvan.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The browser-hardening headers of every response (settings {@code danvan.security.headers.*}): a content
 * security policy with its report endpoint, Referrer-Policy, Permissions-Policy, and HSTS on requests that came
 * over HTTPS ({@code request.isSecure()}, which honours {@code X-Forwarded-Proto} from a trusted reverse proxy
 * through {@code server.forward-headers-strategy=native}). The security filter chain writes them, and so does
 * any path that answers before it (the portal's article fast path). API answers are marked as attachments.
 */
@ConfigurationProperties("danvan.security.headers")
public record SecurityHeaders(String contentSecurityPolicy, String permissionsPolicy, String referrerPolicy,
		String strictTransportSecurity) implements HeaderWriter {

	/** Where browsers send CSP violation reports (report-uri and the Reporting API's endpoint "csp"). */
	public static final String REPORT_PATH = "/csp-reports";

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		headers(request).forEach((name, value) -> {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		});
	}

	/** The headers this request's answer carries, by name, in the order they are written. */
	public Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		put(headers, "Content-Security-Policy", contentSecurityPolicy);
		put(headers, "Reporting-Endpoints", "csp=\"" + request.getContextPath() + REPORT_PATH + "\"");
		put(headers, "Referrer-Policy", referrerPolicy);
		put(headers, "Permissions-Policy", permissionsPolicy);
		if (request.isSecure()) {
			put(headers, "Strict-Transport-Security", strictTransportSecurity);
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// a browser opening an API answer saves it rather than rendering it (ASVS 14.4.2); downloads name their own
			put(headers, "Content-Disposition", "attachment; filename=\"api.json\"");
		}
		return headers;
	}

	private static void put(Map<String, String> headers, String name, String value) {
		if (value != null && !value.isBlank()) {
			headers.put(name, value);
		}
	}

}
