package danvan.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.ModelAndView;

import danvan.platform.site.SiteIdentity;
import danvan.portal.PortalNews;

/** What every public page shares: cache headers, the page number, the friendly 404. */
final class PublicPages {

	static final String SHORT_CACHE = "public, max-age=60";

	static final String REVALIDATE = "public, no-cache";

	private PublicPages() {
	}

	static void cacheFor(HttpServletResponse response, String cacheControl) {
		response.setHeader("Cache-Control", cacheControl);
	}

	/** A page's ETag: its content, the site's identity (name, logo, footer on every page) and the language. */
	static String tag(Object content, SiteIdentity site, Locale locale) {
		return "\"" + Integer.toHexString(content.hashCode()) + "-" + site.stamp() + "-" + locale.toLanguageTag() + "\"";
	}

	/** The friendly 404: a search box and the most read articles instead of a dead end. */
	static ModelAndView notFound(PortalNews news) {
		ModelAndView view = new ModelAndView("portal/not-found");
		view.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
		view.addObject("mostRead", news.mostRead(5));
		return view;
	}

	static int page(String raw) {
		try {
			int page = Integer.parseInt(raw == null ? "1" : raw.strip());
			return Math.max(1, Math.min(page, 10_000));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
