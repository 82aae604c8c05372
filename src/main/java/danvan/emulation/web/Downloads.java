package danvan.emulation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file to download: an ASCII {@code filename} for old clients and the Vietnamese name as
 * {@code filename*=UTF-8''…} (RFC 6266), cleaned of characters no file system takes: a date's slashes become
 * hyphens.
 */
final class Downloads {

	private static final int MAX_NAME = 150;

	private Downloads() {
	}

	/** An answer of the given type, to finish with {@code .body(…)}. */
	static ResponseEntity.BodyBuilder attachment(MediaType type, String asciiName, String name, String extension) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(asciiName + extension, name, extension));
	}

	private static String contentDisposition(String asciiFileName, String name, String extension) {
		String clean = name.replaceAll("[\\\\/]", "-")
			.replaceAll("[:*?\"<>|\\p{Cntrl}]+", " ")
			.replaceAll("\\s+", " ")
			.trim();
		if (clean.codePointCount(0, clean.length()) > MAX_NAME) {
			clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_NAME)).trim();
		}
		return "attachment; filename=\"" + asciiFileName + "\"; filename*=UTF-8''"
				+ URLEncoder.encode(clean + extension, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
