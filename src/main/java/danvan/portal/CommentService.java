package danvan.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.cluster.RateLimiter;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/**
 * Reader comments: posted by anyone (rate-limited, plain text only, waiting for moderation), approved,
 * rejected or marked as spam by moderators.
 */
@Service
public class CommentService {

	public static final int MAX_LENGTH = 2_000;

	private static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>]{1,64}@[^@\\s<>]+\\.[^@\\s<>]+$");

	private final ReaderCommentRepository comments;

	private final ArticleRepository articles;

	private final RateLimiter.Limit rateLimit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommentService(ReaderCommentRepository comments, ArticleRepository articles, RateLimiter limiter,
			@Value("${danvan.portal.comments-per-window:5}") int perWindow,
			@Value("${danvan.portal.comment-window:10m}") Duration window, ApplicationEventPublisher events,
			Clock clock) {
		this.comments = comments;
		this.articles = articles;
		this.rateLimit = limiter.limit("portal.comment", perWindow, window);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes a reader's comment for moderation. A filled honeypot is answered like a success and stores
	 * nothing; the same comment sent twice from one client (a double submit) is stored once.
	 */
	@Transactional
	public PostResult post(String slug, CommentDraft draft, String client) {
		Article article = articles.findBySlug(slug == null ? "" : slug)
			.filter(a -> a.isVisibleAt(clock.instant()))
			.orElseThrow(() -> new NotFoundException("portal.comment.noArticle"));
		if (draft.website() != null && !draft.website().isBlank()) {
			return PostResult.IGNORED;
		}
		String name = ArticleHtml.plain(draft.name());
		String email = draft.email() == null ? "" : draft.email().strip();
		String content = ArticleHtml.plain(draft.content());
		check(name, email, content, draft.content());
		String clientKey = sha256(client == null ? "" : client);
		String hash = sha256(name + "\n" + content);
		if (comments.existsByArticleIdAndClientKeyAndContentHashAndPostedAtAfter(article.getId(), clientKey, hash,
				clock.instant().minus(DUPLICATE_WINDOW))) {
			return PostResult.DUPLICATE;
		}
		if (!rateLimit.tryAcquire(clientKey)) {
			throw new CommentRateLimited(rateLimit.limit(), rateLimit.window().toMinutes());
		}
		comments.save(new ReaderComment(article.getId(), name, email.isEmpty() ? null : email, content, hash,
				clientKey, clock.instant()));
		return PostResult.WAITING;
	}

	private static void check(String name, String email, String content, String raw) {
		if (name.isBlank()) {
			throw RuleViolationException.onField("name", "portal.comment.nameRequired");
		}
		if (name.length() > 100) {
			throw RuleViolationException.onField("name", "portal.comment.nameTooLong", 100);
		}
		if (!email.isEmpty() && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			throw RuleViolationException.onField("email", "portal.comment.badEmail");
		}
		if (content.isBlank()) {
			throw RuleViolationException.onField("content",
					raw == null || raw.isBlank() ? "portal.comment.contentRequired" : "portal.comment.onlyMarkup");
		}
		if (content.length() > MAX_LENGTH || (raw != null && raw.length() > MAX_LENGTH * 4)) {
			throw RuleViolationException.onField("content", "portal.comment.tooLong", MAX_LENGTH, content.length());
		}
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public Page<ReaderComment> queue(CommentStatus status, int page) {
		return comments.findByStatusOrderByPostedAtAscIdAsc(status, PageRequest.of(Math.max(0, page), 50));
	}

	/** Approves, rejects or marks as spam every listed comment; answers how many changed. */
	@Transactional
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public int moderate(Collection<Long> ids, CommentStatus decision) {
		if (ids == null || ids.isEmpty()) {
			throw new RuleViolationException("portal.comment.noneSelected");
		}
		List<ReaderComment> selected = comments.findByIdIn(ids);
		if (selected.isEmpty()) {
			throw new NotFoundException("error.notFound");
		}
		selected.forEach(c -> c.moderate(decision, clock.instant(), CurrentActor.name()));
		comments.flush();
		selected.stream()
			.map(ReaderComment::getArticleId)
			.distinct()
			.forEach(id -> events.publishEvent(new ArticleChanged(id, articles.findById(id).map(Article::getSlug).orElse(null))));
		return selected.size();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public ReaderComment get(Long id) {
		return comments.findById(id).orElseThrow(NotFoundException::record);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public String articleTitle(Long articleId) {
		return articles.findById(articleId).map(Article::getTitle).orElse("");
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** How a posted comment was taken. */
	public enum PostResult {

		WAITING, DUPLICATE, IGNORED

	}

}
