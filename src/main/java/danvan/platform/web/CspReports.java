package danvan.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import danvan.platform.security.Access;
import danvan.platform.security.Audience;
import danvan.platform.security.SecurityHeaders;

/**
 * Browsers post content security policy violations here ({@code report-uri} and the Reporting API's
 * {@code report-to}). Each report is read up to 8 KB, stripped of control characters and logged on one line
 * (logger {@code danvan.csp}); past {@code danvan.security.csp-reports-per-minute} a minute, reports are only
 * counted, and the count is logged with the next minute's first report. Always 204: a report never fails.
 * Public and without CSRF token: the browser sends it for nobody, with no session, and it changes nothing.
 */
@RestController
class CspReports {

	static final int MAX_BYTES = 8 * 1024;

	private static final Logger log = LoggerFactory.getLogger("danvan.csp");

	private final int perMinute;

	private final Clock clock;

	private Instant windowStart = Instant.EPOCH;

	private int inWindow;

	private int dropped;

	CspReports(@Value("${danvan.security.csp-reports-per-minute:60}") int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	@PostMapping(SecurityHeaders.REPORT_PATH)
	@Access(Audience.PUBLIC)
	ResponseEntity<Void> report(HttpServletRequest request) throws IOException {
		String text = read(request.getInputStream());
		String suppressed = admit();
		if (suppressed != null) {
			log.warn("CSP violation{}: {}", suppressed, text);
		}
		return ResponseEntity.noContent().build();
	}

	/** Null when this minute's quota is spent; otherwise a note of the reports dropped before (or empty). */
	private synchronized String admit() {
		Instant now = clock.instant();
		if (Duration.between(windowStart, now).toSeconds() >= 60) {
			windowStart = now;
			inWindow = 0;
		}
		if (inWindow >= perMinute) {
			dropped++;
			return null;
		}
		inWindow++;
		String note = dropped == 0 ? "" : " (" + dropped + " earlier reports not logged: over the limit)";
		dropped = 0;
		return note;
	}

	/** The first 8 KB, as one line of printable text. */
	static String read(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(MAX_BYTES);
		String text = new String(bytes, StandardCharsets.UTF_8);
		StringBuilder line = new StringBuilder(text.length());
		text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
		return line.toString().strip();
	}

}
