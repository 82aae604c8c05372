package danvan.portal.web;

import static danvan.platform.security.Audience.PUBLIC;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

import danvan.platform.security.Access;
import danvan.platform.site.SiteIdentities;
import danvan.platform.site.SiteIdentity;
import danvan.platform.web.FormErrors;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.portal.ArticlePage;
import danvan.portal.ArticleViews;
import danvan.portal.CommentService;
import danvan.portal.PortalNews;

/**
 * The public article page, its printable view and the reader comment form. The article page is the same
 * for everyone, so it is cacheable and carries no CSRF token: the comment form fetches its token from
 * {@code /y-kien/ma-bao-ve} when the reader starts typing (never cached), and a reader without JavaScript
 * uses the separate form page, which carries its own token and is never cached.
 */
@Controller
class ArticlePageController {

	static final String WAITING = "cho-duyet";

	private final PortalNews news;

	private final ArticleViews views;

	private final CommentService comments;

	private final RenderedPages rendered;

	private final SiteIdentities site;

	ArticlePageController(PortalNews news, ArticleViews views, CommentService comments, RenderedPages rendered,
			SiteIdentities site) {
		this.news = news;
		this.views = views;
		this.comments = comments;
		this.rendered = rendered;
		this.site = site;
	}

	/** Only a full GET answered 200 counts as a view: not HEAD, not 304, not the API. */
	@Access(PUBLIC)
	@GetMapping("/tin-tuc/{slug}")
	void article(@PathVariable String slug, @RequestParam(name = "y-kien", required = false) String notice,
			Model model, WebRequest request, HttpServletRequest http, HttpServletResponse response, Locale locale)
			throws Exception {
		ArticlePage page = visible(slug);
		PublicPages.cacheFor(response, PublicPages.REVALIDATE);
		boolean waiting = WAITING.equals(notice);
		SiteIdentity identity = site.current();
		String tag = waiting || !ArticleFastPath.DEFAULT_LANGUAGE.equals(locale.toLanguageTag())
				? "\"" + page.tag() + "-" + identity.stamp() + "-" + locale.toLanguageTag() + (waiting ? "-w" : "") + "\""
				: defaultTag(page, identity);
		if (request.checkNotModified(tag)) {
			return;
		}
		if ("GET".equals(http.getMethod())) {
			views.record(page.id());
		}
		long count = views.count(page.id());
		if (rendered.sendKept(tag, count, response)) {
			return;
		}
		model.addAttribute("article", page);
		model.addAttribute("viewCount", RenderedPages.VIEW_SLOT);
		model.addAttribute("commentWaiting", waiting);
		model.addAttribute("commentForm", CommentForm.empty());
		rendered.renderAndKeep(tag, "portal/article", model.asMap(), count, locale, http, response);
		if (!waiting && ArticleFastPath.DEFAULT_LANGUAGE.equals(locale.toLanguageTag())) {
			rendered.keepArticle(page.slug(), tag);
		}
	}

	/** The ETag of an article page in the default language, as {@link #article} computes it. */
	static String defaultTag(ArticlePage page, SiteIdentity identity) {
		return "\"" + page.tag() + "-" + identity.stamp() + "-" + ArticleFastPath.DEFAULT_LANGUAGE + "\"";
	}

	@Access(PUBLIC)
	@GetMapping("/tin-tuc/{slug}/in")
	String print(@PathVariable String slug, Model model, WebRequest request, HttpServletResponse response,
			Locale locale) {
		ArticlePage page = visible(slug);
		PublicPages.cacheFor(response, PublicPages.REVALIDATE);
		if (request.checkNotModified("\"p-" + page.tag() + "-" + site.current().stamp() + "-" + locale.toLanguageTag() + "\"")) {
			return null;
		}
		model.addAttribute("article", page);
		return "portal/print";
	}

	/** The comment form on a page of its own, for readers without JavaScript; it carries a CSRF token. */
	@Access(PUBLIC)
	@GetMapping("/tin-tuc/{slug}/y-kien")
	String commentForm(@PathVariable String slug, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("article", visible(slug));
		model.addAttribute("commentForm", CommentForm.empty());
		return "portal/comment-form";
	}

	@Access(PUBLIC)
	@PostMapping("/tin-tuc/{slug}/y-kien")
	String postComment(@PathVariable String slug, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		ArticlePage page = visible(slug);
		if (!binding.hasErrors()) {
			try {
				comments.post(slug, form.draft(), request.getRemoteAddr());
				return "redirect:/tin-tuc/" + page.slug() + "?y-kien=" + WAITING + "#y-kien";
			}
			catch (RuleViolationException e) {
				FormErrors.reject(binding, e);
			}
		}
		response.setStatus(422);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("article", page);
		return "portal/comment-form";
	}

	/** The CSRF token for the comment form of a cached page; per reader, so never cached. */
	@Access(PUBLIC)
	@GetMapping("/y-kien/ma-bao-ve")
	@ResponseBody
	ResponseEntity<Map<String, String>> token(CsrfToken token) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("parameterName", token.getParameterName(), "token", token.getToken()));
	}

	private ArticlePage visible(String slug) {
		return news.page(slug).orElseThrow(() -> new NotFoundException("portal.article.notFound"));
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return PublicPages.notFound(news);
	}

}
