package danvan.site.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import danvan.platform.security.CurrentActor;
import danvan.platform.security.PublicPaths;
import danvan.platform.security.Role;
import danvan.platform.site.SiteIdentities;

/**
 * Until the site's identity is set, the public pages (every module's public GET paths) answer with a neutral
 * "being set up" page — 503, never cached, no body's name — and an administrator is sent to the setup page
 * before anything else. Once set, a single lookup of the cached identity per request.
 */
class SetupGate implements HandlerInterceptor {

	/** What stays reachable while setting up: sign-in and out, the setup itself, the tree import, errors. */
	static final List<String> OPEN_DURING_SETUP = List.of(SetupController.PATH, "/login", "/logout", "/error",
			"/org/units/import", "/org/units/import/**", "/site/logo/**", "/account/password");

	/** Public paths that are not pages: tokens, images, the API. */
	private static final List<String> NOT_PAGES = List.of("/y-kien/ma-bao-ve", "/anh/**", "/api/**", "/site/**");

	private final SiteIdentities site;

	private final ViewResolver views;

	private final List<PathPattern> publicPages;

	private final List<PathPattern> open;

	private final List<PathPattern> notPages;

	SetupGate(SiteIdentities site, ViewResolver views, List<PublicPaths> publicPaths) {
		this.site = site;
		this.views = views;
		this.publicPages = publicPaths.stream()
			.filter(p -> HttpMethod.GET.equals(p.method()) || p.method() == null)
			.flatMap(p -> p.patterns().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
		this.open = OPEN_DURING_SETUP.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.notPages = NOT_PAGES.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (site.current().configured()) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		if (matches(open, path)) {
			return true;
		}
		if (isPublicPage(request, path)) {
			settingUp(request, response);
			return false;
		}
		if (CurrentActor.get().filter(a -> a.hasRole(Role.ADMIN)).isPresent()) {
			response.sendRedirect(request.getContextPath() + SetupController.PATH);
			return false;
		}
		return true;
	}

	private boolean isPublicPage(HttpServletRequest request, PathContainer path) {
		String method = request.getMethod();
		return ("GET".equals(method) || "HEAD".equals(method)) && matches(publicPages, path) && !matches(notPages, path);
	}

	private void settingUp(HttpServletRequest request, HttpServletResponse response) throws Exception {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "3600");
		response.setHeader("Cache-Control", "no-store");
		View view = views.resolveViewName("site/setting-up", RequestContextUtils.getLocale(request));
		view.render(Map.of(), request, response);
	}

	private static boolean matches(List<PathPattern> patterns, PathContainer path) {
		for (PathPattern pattern : patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
