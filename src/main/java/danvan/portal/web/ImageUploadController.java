package danvan.portal.web;

import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.EDITOR;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.security.Access;
import danvan.platform.web.RuleViolationException;
import danvan.portal.PortalImage;
import danvan.portal.PortalImages;

/** The rich-text editor's image upload: answers {@code {location}} as the editor expects, or {@code {error}}. */
@RestController
class ImageUploadController {

	private final PortalImages images;

	private final MessageSource messages;

	ImageUploadController(PortalImages images, MessageSource messages) {
		this.images = images;
		this.messages = messages;
	}

	@Access(roles = { EDITOR, ADMIN })
	@PostMapping("/portal/images")
	Map<String, Object> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "caption", defaultValue = "") String caption) {
		PortalImage image = images.upload(file, caption);
		return Map.of("location", image.displayUrl(), "id", image.getId(), "thumbnail", image.thumbUrl());
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<Map<String, String>> refused(RuleViolationException e) {
		return ResponseEntity.unprocessableContent()
			.body(Map.of("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
					LocaleContextHolder.getLocale())));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, String>> tooLarge() {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("error", messages.getMessage("files.tooLarge", new Object[] { 10 }, "files.tooLarge",
					LocaleContextHolder.getLocale())));
	}

}
