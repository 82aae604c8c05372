package danvan.portal.web;

import static danvan.platform.security.Audience.PUBLIC;

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
import danvan.portal.PortalImages;

/** Article images. Their bytes never change under a URL, so browsers and proxies keep them for a year. */
@Controller
class ImageController {

	private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final PortalImages images;

	ImageController(PortalImages images) {
		this.images = images;
	}

	@Access(PUBLIC)
	@GetMapping("/anh/{id}/{size}")
	ResponseEntity<?> image(@PathVariable String id, @PathVariable String size,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
		long imageId;
		try {
			imageId = Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw NotFoundException.record();
		}
		PortalImages.Served served = images.open(imageId, size);
		String etag = "\"" + served.sha256().substring(0, 32) + "\"";
		if (etag.equals(ifNoneMatch)) {
			closeQuietly(served);
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOR_A_YEAR).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.contentLength(served.size())
			.cacheControl(FOR_A_YEAR)
			.eTag(etag)
			.body(new InputStreamResource(served.content()));
	}

	private static void closeQuietly(PortalImages.Served served) {
		try {
			served.content().close();
		}
		catch (java.io.IOException e) {
			// nothing was read
		}
	}

}
