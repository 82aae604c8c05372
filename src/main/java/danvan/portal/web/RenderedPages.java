package danvan.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import danvan.platform.cluster.ClusterCaches;
import danvan.platform.site.SiteIdentityChanged;
import danvan.portal.PortalNews;

/**
 * The rendered HTML of public pages, kept under their ETag. A public page is the same for every reader
 * (no session, no CSRF token, no name), and its ETag changes whenever anything on it changes, so a page
 * rendered once can be sent again as bytes until its tag moves on; this spares the template engine on
 * every popular article load. The view count is the one thing on the page that changes with every reader:
 * it is not part of the tag, the template writes {@link #VIEW_SLOT} in its place and the count is inserted
 * when the page is sent, so counting views never throws a rendered page away.
 */
@Component
class RenderedPages {

	private static final String HTML = "text/html;charset=UTF-8";

	/** Written by the template where the view count goes; letters only, so escaping leaves it as it is. */
	static final String VIEW_SLOT = "danvanViewCountSlot";

	private static final byte[] SLOT = VIEW_SLOT.getBytes(StandardCharsets.US_ASCII);

	private final Cache<String, Html> pages = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.weigher((String key, Html html) -> key.length() + html.length())
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	/** The newest rendering of each article page in the default language, for {@link ArticleFastPath}. */
	private final Cache<String, Kept> articles = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.weigher((String slug, Kept kept) -> slug.length() + kept.html().length())
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final ViewResolver viewResolver;

	RenderedPages(ViewResolver viewResolver, ClusterCaches caches) {
		this.viewResolver = viewResolver;
		// every kept page shows the site's name and footer: none of them is current any more
		caches.onDrop(SiteIdentityChanged.CACHE, key -> {
			pages.invalidateAll();
			articles.invalidateAll();
		});
		// a changed article has a new ETag; its newest rendering goes, so the fast path never serves the old one
		caches.onDrop(PortalNews.ARTICLES, slug -> {
			if (slug == null) {
				articles.invalidateAll();
			}
			else {
				articles.invalidate(slug);
			}
		});
	}

	/** Sends the page kept under {@code key} with this view count, if there is one. */
	boolean sendKept(String key, long views, HttpServletResponse response) throws IOException {
		Html html = pages.getIfPresent(key);
		if (html == null) {
			return false;
		}
		response.setContentType(HTML);
		html.send(views, response);
		return true;
	}

	/** Renders the view, sends it with this view count and keeps it under {@code key}. */
	void renderAndKeep(String key, String viewName, Map<String, Object> model, long views, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		View view = viewResolver.resolveViewName(viewName, locale);
		ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
		view.render(model, request, buffer);
		Html html = Html.of(buffer.getContentAsByteArray());
		if (buffer.getStatus() == HttpServletResponse.SC_OK) {
			pages.put(key, html);
		}
		html.send(views, response);
	}

	/** Remembers a rendered article page as the newest one of its slug. */
	void keepArticle(String slug, String tag) {
		Html html = pages.getIfPresent(tag);
		if (html != null) {
			articles.put(slug, new Kept(tag, html));
		}
	}

	Kept newestArticle(String slug) {
		return articles.getIfPresent(slug);
	}

	/** A rendered page and the ETag it was rendered for. */
	record Kept(String tag, Html html) {
	}

	/** A rendered page cut where the view count goes ({@code tail} is null when it shows none). */
	record Html(byte[] head, byte[] tail) {

		static Html of(byte[] page) {
			int at = indexOf(page, SLOT);
			return at < 0 ? new Html(page, null)
					: new Html(Arrays.copyOfRange(page, 0, at), Arrays.copyOfRange(page, at + SLOT.length, page.length));
		}

		int length() {
			return head.length + (tail == null ? 0 : tail.length);
		}

		void send(long views, HttpServletResponse response) throws IOException {
			if (tail == null) {
				response.setContentLength(head.length);
				response.getOutputStream().write(head);
				return;
			}
			byte[] count = Long.toString(views).getBytes(StandardCharsets.US_ASCII);
			response.setContentLength(head.length + count.length + tail.length);
			var out = response.getOutputStream();
			out.write(head);
			out.write(count);
			out.write(tail);
		}

		private static int indexOf(byte[] page, byte[] part) {
			outer: for (int i = 0; i <= page.length - part.length; i++) {
				for (int j = 0; j < part.length; j++) {
					if (page[i + j] != part[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
