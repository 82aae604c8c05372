package danvan.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

import danvan.platform.site.SiteIdentities;
import danvan.platform.site.SiteIdentity;
import danvan.platform.security.SecurityHeaders;
import danvan.portal.ArticlePage;
import danvan.portal.ArticleViews;
import danvan.portal.PortalNews;

/**
 * The hot path of the portal: a plain {@code GET /tin-tuc/{slug}} in the default language, whose page was
 * already rendered through the full stack for the article's current state, is answered from memory by a
 * Tomcat valve, before the servlet filter chain is even built (request observation, security, the dispatcher:
 * the page is public, identical for every reader and holds no per-reader data). It counts the view, answers
 * 304 to a matching {@code If-None-Match}, and sets the same headers as the full path, encoded once: Tomcat
 * otherwise encodes the 1 KB of security headers again for every answer, a tenth of the page's time under
 * load (JFR, issue 9). Anything else, or a page not yet rendered for the current state, goes the normal way.
 * Only the embedded Tomcat runs it: tests of the fast path use a real server.
 */
@Configuration(proxyBeanMethods = false)
class ArticleFastPath {

	static final String DEFAULT_LANGUAGE = "vi";

	private static final String PREFIX = "/tin-tuc/";

	private static final int MAX_SLUG = 210;

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> articleFastPathValve(ObjectProvider<PortalNews> news,
			ObjectProvider<ArticleViews> views, ObjectProvider<RenderedPages> rendered,
			ObjectProvider<SiteIdentities> site, ObjectProvider<SecurityHeaders> headers) {
		// the beans are looked up at the first request: the web server is built before most of them
		return factory -> factory.addContextValves(new Valve(SingletonSupplier.of(() -> new Serving(news.getObject(),
				views.getObject(), rendered.getObject(), site.getObject(), headers.getObject()))));
	}

	/** {@code /tin-tuc/} and a slug of lower-case letters, digits and hyphens (a loop: a regex costs more here). */
	static boolean isArticlePath(String path) {
		int length = path.length() - PREFIX.length();
		if (length < 1 || length > MAX_SLUG || !path.startsWith(PREFIX)) {
			return false;
		}
		for (int i = PREFIX.length(); i < path.length(); i++) {
			char c = path.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	static final class Valve extends ValveBase {

		private final Supplier<Serving> serving;

		Valve(Supplier<Serving> serving) {
			super(true);
			this.serving = serving;
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if (!isArticlePath(request.getRequestURI()) || !serving.get().serve(request, response)) {
				getNext().invoke(request, response);
			}
		}

	}

	static final class Serving {

		private static final byte[] ETAG = bytes("ETag");

		private final PortalNews news;

		private final ArticleViews views;

		private final RenderedPages rendered;

		private final SiteIdentities site;

		private final SecurityHeaders headers;

		/** The headers every kept page carries, encoded, by whether the request came over HTTPS. */
		private final Map<Boolean, Header[]> fixed = new ConcurrentHashMap<>();

		Serving(PortalNews news, ArticleViews views, RenderedPages rendered, SiteIdentities site, SecurityHeaders headers) {
			this.news = news;
			this.views = views;
			this.rendered = rendered;
			this.site = site;
			this.headers = headers;
		}

		boolean serve(Request request, Response response) throws IOException {
			if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
					|| request.getParameterNames().hasMoreElements() || choseLanguage(request)) {
				return false;
			}
			String slug = request.getRequestURI().substring(PREFIX.length());
			RenderedPages.Kept kept = rendered.newestArticle(slug);
			if (kept == null) {
				return false;
			}
			ArticlePage page = news.page(slug).orElse(null);
			SiteIdentity identity = site.current();
			// the site's default language may be another one: then the kept Vietnamese page is not the default
			if (page == null || !DEFAULT_LANGUAGE.equals(identity.defaultLanguage())
					|| !kept.tag().equals(ArticlePageController.defaultTag(page, identity))) {
				return false;
			}
			MimeHeaders mime = response.getCoyoteResponse().getMimeHeaders();
			for (Header header : fixedHeaders(request)) {
				header.addTo(mime);
			}
			byte[] tag = bytes(kept.tag());
			mime.addValue(ETAG, 0, ETAG.length).setBytes(tag, 0, tag.length);
			String ifNoneMatch = request.getHeader("If-None-Match");
			if (ifNoneMatch != null && (ifNoneMatch.contains(kept.tag()) || ifNoneMatch.equals("*"))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return true;
			}
			views.record(page.id());
			response.setContentType("text/html;charset=UTF-8");
			kept.html().send(views.count(page.id()), response);
			return true;
		}

		private Header[] fixedHeaders(HttpServletRequest request) {
			return fixed.computeIfAbsent(request.isSecure(), secure -> {
				List<Header> all = new ArrayList<>();
				all.add(new Header("Cache-Control", PublicPages.REVALIDATE));
				all.add(new Header("X-Content-Type-Options", "nosniff"));
				all.add(new Header("X-Frame-Options", "DENY"));
				all.add(new Header("X-XSS-Protection", "0"));
				headers.headers(request).forEach((name, value) -> all.add(new Header(name, value)));
				all.add(new Header("Content-Language", DEFAULT_LANGUAGE));
				return all.toArray(Header[]::new);
			});
		}

		private static boolean choseLanguage(HttpServletRequest request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if ("danvan-lang".equals(cookie.getName())) {
						return true;
					}
				}
			}
			return false;
		}

		private static byte[] bytes(String value) {
			return value.getBytes(StandardCharsets.ISO_8859_1);
		}

	}

	private record Header(byte[] name, byte[] value) {

		Header(String name, String value) {
			this(Serving.bytes(name), Serving.bytes(value));
		}

		void addTo(MimeHeaders mime) {
			mime.addValue(name, 0, name.length).setBytes(value, 0, value.length);
		}

	}

}
