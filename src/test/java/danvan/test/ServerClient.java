package danvan.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP against the running server (not MockMvc), for what only the real Tomcat does: session cookies,
 * the proxy's forwarded headers, upload limits, rejected methods. Cookies are kept by hand, redirects not followed.
 */
public final class ServerClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final int port;

	public ServerClient(int port) {
		this.port = port;
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** The session id a response sets, or null. */
	public static String sessionId(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElse(null);
	}

	public static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElse(null);
	}

	public static String csrfToken(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new AssertionError("no CSRF token on the page");
		}
		return m.group(1);
	}

	/** A signed-in session: the login page's session and token, then the sign-in form. */
	public SignedIn signIn(String username, String password) {
		HttpResponse<String> page = get("/login");
		String before = sessionId(page);
		String token = csrfToken(page.body());
		String form = "username=" + username + "&password=" + password + "&_csrf=" + token;
		HttpResponse<String> answer = send(request("/login").header("Cookie", "JSESSIONID=" + before)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		String after = sessionId(answer);
		return new SignedIn(before, after, answer);
	}

	public record SignedIn(String sessionBefore, String session, HttpResponse<String> answer) {

		public String cookie() {
			return "JSESSIONID=" + session;
		}

	}

	/**
	 * A multipart upload of {@code size} bytes sent in chunks, with no length announced: the server has to read it
	 * to find it too large, as it would from a browser's slow upload.
	 */
	public HttpResponse<String> upload(String path, long size, String... headers) {
		String head = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--XYZ--\r\n";
		HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=XYZ")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.of(
					new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), new FilledStream(size),
					new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))))));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** {@code size} bytes of 'x', made as they are read. */
	private static final class FilledStream extends InputStream {

		private long left;

		FilledStream(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (left <= 0) {
				return -1;
			}
			left--;
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			Arrays.fill(buffer, offset, offset + n, (byte) 'x');
			left -= n;
			return n;
		}

	}

}
