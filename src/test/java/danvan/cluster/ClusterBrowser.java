package danvan.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser of the cluster test: its own cookies (the same session cookie goes to every port of 127.0.0.1, so
 * to either node and to the balancer), no redirects followed, the CSRF token read from the last page.
 */
final class ClusterBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String csrf;

	record Page(int status, String body, String location) {

		boolean signedInPage() {
			return status == 200 && body.contains("action=\"/logout\"");
		}

	}

	Page get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	/** Signs in on the given base URL; true when the form accepted the account. */
	boolean signIn(String base, String username, String password) {
		get(base + "/login");
		Page answer = post(base + "/login", Map.of("username", username, "password", password));
		return answer.status() == 302 && !answer.location().contains("error");
	}

	/** A form post with the CSRF token of the last page read (read {@code csrfFrom} first when given). */
	Page post(String url, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		if (csrf != null) {
			body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
		}
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Page upload(String url, String field, String fileName, byte[] content) {
		String boundary = "----danvan" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
		if (csrf != null) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return send(request);
	}

	Page postJson(String url, String json, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request);
	}

	Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher m = CSRF.matcher(response.body());
			if (m.find()) {
				csrf = m.group(1);
			}
			return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException e) {
			return new Page(-1, e.toString(), "");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
