package danvan.portal.web;

import static danvan.platform.security.Audience.PUBLIC;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.MODERATOR;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import danvan.platform.security.Access;
import danvan.platform.web.NotFoundException;
import danvan.portal.ArticlePage;
import danvan.portal.ArticleViews;
import danvan.portal.CommentRateLimited;
import danvan.portal.CommentService;
import danvan.portal.CommentStatus;
import danvan.portal.PortalNews;
import danvan.portal.ReaderComment;

/**
 * The portal's JSON API: public article reads and comment posting, and the moderators' queue. Texts of the
 * OpenAPI description are message keys ({@code portal.api.*}).
 */
@RestController
@Tag(name = "portal.api.tag", description = "portal.api.tag.description")
class PortalApi {

	private final PortalNews news;

	private final ArticleViews views;

	private final CommentService comments;

	private final MessageSource messages;

	PortalApi(PortalNews news, ArticleViews views, CommentService comments, MessageSource messages) {
		this.news = news;
		this.views = views;
		this.comments = comments;
		this.messages = messages;
	}

	@Access(PUBLIC)
	@GetMapping("/api/portal/articles/{slug}")
	@Operation(summary = "portal.api.article.summary", description = "portal.api.article.description")
	ArticleJson article(@Parameter(description = "portal.api.article.slug") @PathVariable String slug) {
		ArticlePage page = news.page(slug).orElseThrow(() -> new NotFoundException("portal.article.notFound"));
		return new ArticleJson(page.id(), page.slug(), page.title(), page.lead(), page.body(), page.category().slug(),
				page.authorName(), page.publisher(), page.publishedAt(), page.date(), views.count(page.id()), page.url(),
				page.comments().stream().map(c -> new PublicCommentJson(c.authorName(), c.content(), c.dateTime())).toList());
	}

	@Access(PUBLIC)
	@PostMapping("/api/portal/articles/{slug}/comments")
	@Operation(summary = "portal.api.postComment.summary", description = "portal.api.postComment.description")
	@ApiResponse(responseCode = "202", description = "portal.api.postComment.accepted",
			content = @Content(schema = @Schema(implementation = PostedJson.class)))
	@ApiResponse(responseCode = "429", description = "portal.api.postComment.tooMany",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<PostedJson> postComment(@Parameter(description = "portal.api.article.slug") @PathVariable String slug, @Valid @RequestBody CommentForm form,
			HttpServletRequest request, Locale locale) {
		CommentService.PostResult result = comments.post(slug, form.draft(), request.getRemoteAddr());
		String message = messages.getMessage("portal.comment.waiting", null, locale);
		return ResponseEntity.accepted().body(new PostedJson(CommentStatus.PENDING.name().toLowerCase(Locale.ROOT),
				result == CommentService.PostResult.DUPLICATE, message));
	}

	@Access(roles = { MODERATOR, ADMIN })
	@GetMapping("/api/portal/comments")
	@Operation(summary = "portal.api.queue.summary", description = "portal.api.queue.description")
	@ApiResponse(responseCode = "200", description = "portal.api.queue.ok")
	@ApiResponse(responseCode = "422", description = "portal.api.queue.badStatus",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	List<CommentJson> queue(@Parameter(description = "portal.api.queue.status") @RequestParam(defaultValue = "pending") String status,
			@Parameter(description = "portal.api.queue.page") @RequestParam(defaultValue = "0") int page) {
		CommentStatus wanted;
		try {
			wanted = CommentStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new danvan.platform.web.RuleViolationException("portal.comment.badStatus");
		}
		return comments.queue(wanted, page).map(this::json).getContent();
	}

	@Access(roles = { MODERATOR, ADMIN })
	@PostMapping("/api/portal/comments/{id}/approve")
	@Operation(summary = "portal.api.approve.summary", description = "portal.api.approve.description")
	CommentJson approve(@Parameter(description = "portal.api.comment.id") @PathVariable Long id) {
		comments.moderate(List.of(id), CommentStatus.APPROVED);
		return json(comments.get(id));
	}

	@Access(roles = { MODERATOR, ADMIN })
	@PostMapping("/api/portal/comments/{id}/reject")
	@Operation(summary = "portal.api.reject.summary", description = "portal.api.reject.description")
	CommentJson reject(@Parameter(description = "portal.api.comment.id") @PathVariable Long id) {
		comments.moderate(List.of(id), CommentStatus.REJECTED);
		return json(comments.get(id));
	}

	/** Over the limit: 429 with the Vietnamese explanation and when to try again. */
	@ExceptionHandler(CommentRateLimited.class)
	ResponseEntity<ProblemDetail> tooMany(CommentRateLimited e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage(e.messageKey(), e.arguments(), locale));
		problem.setTitle(messages.getMessage("portal.comment.tooManyTitle", null, locale));
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", String.valueOf(e.retryAfterSeconds()))
			.body(problem);
	}

	private CommentJson json(ReaderComment c) {
		return new CommentJson(c.getId(), c.getArticleId(), comments.articleTitle(c.getArticleId()), c.getAuthorName(),
				c.getEmail(), c.getContent(), c.getStatus().name().toLowerCase(Locale.ROOT), c.getPostedAt());
	}

	record ArticleJson(Long id, String slug, String title, String lead, String body, String category,
			String authorName, String publisher, Instant publishedAt, String date, long views, String url,
			List<PublicCommentJson> comments) {
	}

	record PublicCommentJson(String name, String content, String postedAt) {
	}

	record PostedJson(String status, boolean duplicate, String message) {
	}

	record CommentJson(Long id, Long articleId, String articleTitle, String name, String email, String content,
			String status, Instant postedAt) {
	}

}
