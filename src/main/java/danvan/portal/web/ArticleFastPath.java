package danvan.portal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import danvan.platform.site.SiteIdentities;
import danvan.platform.site.SiteIdentity;
import danvan.platform.security.SecurityHeaders;
import danvan.portal.ArticlePage;
import danvan.portal.ArticleViews;
import danvan.portal.PortalNews;

/**
 * The hot path of the portal: a plain {@code GET /tin-tuc/{slug}} in the default language, whose page was
 * already rendered through the full stack for the article's current state, is answered from memory before
 * any other filter (request observation, security) and the dispatcher run (the page is public, identical for every reader and holds no
 * per-reader data). It counts the view, answers 304 to a matching {@code If-None-Match}, and sets the same
 * headers as the full path. Anything else, or a page not yet rendered for the current state, goes the
 * normal way.
 */
@Configuration(proxyBeanMethods = false)
class ArticleFastPath {

	static final String DEFAULT_LANGUAGE = "vi";

	private static final String PREFIX = "/tin-tuc/";

	private static final int MAX_SLUG = 210;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> articleFastPathFilter(PortalNews news, ArticleViews views,
			RenderedPages rendered, SiteIdentities site, SecurityHeaders headers) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(news, views, rendered, site, headers));
		registration.addUrlPatterns("/tin-tuc/*");
		// first of all: before the request observation too, which costs more than sending the page
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final PortalNews news;

		private final ArticleViews views;

		private final RenderedPages rendered;

		private final SiteIdentities site;

		private final SecurityHeaders headers;

		Filter(PortalNews news, ArticleViews views, RenderedPages rendered, SiteIdentities site, SecurityHeaders headers) {
			this.news = news;
			this.views = views;
			this.rendered = rendered;
			this.site = site;
			this.headers = headers;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!serve(request, response)) {
				chain.doFilter(request, response);
			}
		}

		private boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
			String path = request.getRequestURI();
			if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
					|| request.getParameterNames().hasMoreElements() || !isArticlePath(path)
					|| choseLanguage(request)) {
				return false;
			}
			String slug = path.substring(PREFIX.length());
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
			response.setHeader("Cache-Control", PublicPages.REVALIDATE);
			response.setHeader("ETag", kept.tag());
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("X-XSS-Protection", "0");
			headers.writeHeaders(request, response);
			String ifNoneMatch = request.getHeader("If-None-Match");
			if (ifNoneMatch != null && (ifNoneMatch.contains(kept.tag()) || ifNoneMatch.equals("*"))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return true;
			}
			views.record(page.id());
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("Content-Language", DEFAULT_LANGUAGE);
			kept.html().send(views.count(page.id()), response);
			return true;
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

	}

}
