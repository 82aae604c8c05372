package danvan.portal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import danvan.platform.site.SiteIdentityChanged;

/**
 * The rendered HTML of public pages, kept under their ETag. A public page is the same for every reader
 * (no session, no CSRF token, no name), and its ETag changes whenever anything on it changes, so a page
 * rendered once can be sent again as bytes until its tag moves on; this spares the template engine on
 * every popular article load.
 */
@Component
class RenderedPages {

	private static final String HTML = "text/html;charset=UTF-8";

	private final Cache<String, byte[]> pages = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.weigher((String key, byte[] html) -> key.length() + html.length)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	/** The newest rendering of each article page in the default language, for {@link ArticleFastPath}. */
	private final Cache<String, Kept> articles = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.weigher((String slug, Kept kept) -> slug.length() + kept.html().length)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final ViewResolver viewResolver;

	RenderedPages(ViewResolver viewResolver) {
		this.viewResolver = viewResolver;
	}

	/** Sends the page kept under {@code key}, if there is one. */
	boolean sendKept(String key, HttpServletResponse response) throws IOException {
		byte[] html = pages.getIfPresent(key);
		if (html == null) {
			return false;
		}
		response.setContentType(HTML);
		response.setContentLength(html.length);
		response.getOutputStream().write(html);
		return true;
	}

	/** Renders the view, sends it and keeps it under {@code key}. */
	void renderAndKeep(String key, String viewName, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		View view = viewResolver.resolveViewName(viewName, locale);
		ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
		view.render(model, request, buffer);
		if (buffer.getStatus() == HttpServletResponse.SC_OK) {
			pages.put(key, buffer.getContentAsByteArray());
		}
		buffer.copyBodyToResponse();
	}

	/** Every kept page shows the site's name and footer: none of them is current any more. */
	@TransactionalEventListener(fallbackExecution = true)
	void onSiteChange(SiteIdentityChanged changed) {
		pages.invalidateAll();
		articles.invalidateAll();
	}

	/** Remembers a rendered article page as the newest one of its slug. */
	void keepArticle(String slug, String tag) {
		byte[] html = pages.getIfPresent(tag);
		if (html != null) {
			articles.put(slug, new Kept(tag, html));
		}
	}

	Kept newestArticle(String slug) {
		return articles.getIfPresent(slug);
	}

	/** A rendered page and the ETag it was rendered for. */
	record Kept(String tag, byte[] html) {
	}

}
