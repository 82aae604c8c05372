package danvan.site.web;

import static danvan.platform.security.Audience.PUBLIC;

import java.io.IOException;
import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import danvan.platform.security.Access;
import danvan.platform.web.NotFoundException;
import danvan.site.SiteIdentityService;
import danvan.site.SiteLogos;

/** The site's logo, resized to PNG; a new logo gets a new URL, so a served one is kept for a year. */
@Controller
class LogoController {

	private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final SiteIdentityService site;

	LogoController(SiteIdentityService site) {
		this.site = site;
	}

	@Access(PUBLIC)
	@GetMapping("/site/logo/{id}")
	ResponseEntity<?> logo(@PathVariable String id,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) throws IOException {
		long fileId;
		try {
			fileId = Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw NotFoundException.record();
		}
		SiteLogos.Served served = site.logo(fileId);
		String etag = "\"" + served.sha256().substring(0, 32) + "\"";
		if (etag.equals(ifNoneMatch)) {
			served.content().close();
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOR_A_YEAR).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.contentLength(served.size())
			.cacheControl(FOR_A_YEAR)
			.eTag(etag)
			.body(new InputStreamResource(served.content()));
	}

}
