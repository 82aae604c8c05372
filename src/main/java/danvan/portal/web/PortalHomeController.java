package danvan.portal.web;

import static danvan.platform.security.Audience.PUBLIC;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

import danvan.platform.security.Access;
import danvan.platform.web.NotFoundException;
import danvan.portal.ArticleSearch;
import danvan.portal.ArticleSummary;
import danvan.portal.Category;
import danvan.portal.PortalNews;

/** The public home page, category pages and search. Page numbers in URLs start at 1. */
@Controller
class PortalHomeController {

	private final PortalNews news;

	private final ArticleSearch search;

	PortalHomeController(PortalNews news, ArticleSearch search) {
		this.news = news;
		this.search = search;
	}

	@Access(PUBLIC)
	@GetMapping("/")
	String home(Model model, WebRequest request, HttpServletResponse response, Locale locale) {
		PortalNews.HomeView home = news.home();
		PublicPages.cacheFor(response, PublicPages.SHORT_CACHE);
		if (request.checkNotModified(PublicPages.tag(home, locale))) {
			return null;
		}
		model.addAttribute("home", home);
		return "portal/home";
	}

	@Access(PUBLIC)
	@GetMapping("/chuyen-muc/{slug}")
	String category(@PathVariable String slug, @RequestParam(name = "page", required = false) String page,
			Model model, WebRequest request, HttpServletResponse response, Locale locale) {
		Category category = Category.bySlug(slug).orElseThrow(() -> new NotFoundException("portal.category.notFound"));
		Page<ArticleSummary> articles = news.latest(category, PublicPages.page(page) - 1);
		PublicPages.cacheFor(response, PublicPages.SHORT_CACHE);
		if (request.checkNotModified(PublicPages.tag(articles.getContent(), locale))) {
			return null;
		}
		model.addAttribute("category", category);
		model.addAttribute("articles", articles);
		model.addAttribute("mostRead", news.home().mostRead());
		return "portal/category";
	}

	@Access(PUBLIC)
	@GetMapping("/tim-kiem")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) String page, Model model, HttpServletResponse response) {
		PublicPages.cacheFor(response, PublicPages.SHORT_CACHE);
		model.addAttribute("results", search.search(query, PublicPages.page(page) - 1));
		model.addAttribute("q", ArticleSearch.normalise(query));
		return "portal/search";
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return PublicPages.notFound(news);
	}

}
