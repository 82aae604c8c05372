package danvan.portal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import danvan.platform.text.PlainText;
import danvan.portal.CommentDraft;
import danvan.portal.CommentService;

/**
 * A reader's comment as the form or the API sends it. {@code website} is the honeypot: hidden from people,
 * filled in by robots. The content may hold anything up to the limit; the service strips markup.
 */
record CommentForm(@NotBlank @Size(max = 100) @PlainText String name, @Size(max = 200) @Email String email,
		@NotBlank @Size(max = CommentService.MAX_LENGTH) String content, @Size(max = 200) String website) {

	static CommentForm empty() {
		return new CommentForm("", "", "", "");
	}

	CommentDraft draft() {
		return new CommentDraft(name, email, content, website);
	}

}
