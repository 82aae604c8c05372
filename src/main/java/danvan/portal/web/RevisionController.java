package danvan.portal.web;

import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.EDITOR;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.security.Access;
import danvan.portal.Article;
import danvan.portal.ArticleRevision;
import danvan.portal.ArticleService;
import danvan.portal.RevisionDiff;

/** Every saved version of an article: listed, compared two at a time, and restored. */
@Controller
class RevisionController {

	private final ArticleService articles;

	private final MessageSource messages;

	RevisionController(ArticleService articles, MessageSource messages) {
		this.articles = articles;
		this.messages = messages;
	}

	@Access(roles = { EDITOR, ADMIN })
	@GetMapping("/portal/articles/{id}/revisions")
	String list(@PathVariable Long id, Model model) {
		model.addAttribute("article", articles.get(id));
		model.addAttribute("revisions", articles.revisions(id));
		return "portal/editor/revisions";
	}

	@Access(roles = { EDITOR, ADMIN })
	@GetMapping("/portal/articles/{id}/revisions/compare")
	String compare(@PathVariable Long id, @RequestParam int from, @RequestParam int to, Model model) {
		Article article = articles.get(id);
		ArticleRevision older = articles.revision(id, Math.min(from, to));
		ArticleRevision newer = articles.revision(id, Math.max(from, to));
		model.addAttribute("article", article);
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("diff", RevisionDiff.between(older, newer));
		return "portal/editor/compare";
	}

	@Access(roles = { EDITOR, ADMIN })
	@PostMapping("/portal/articles/{id}/revisions/{revision}/restore")
	String restore(@PathVariable Long id, @PathVariable int revision, @RequestParam long version,
			RedirectAttributes redirect) {
		articles.restore(id, revision, version);
		redirect.addFlashAttribute("flash",
				messages.getMessage("portal.revision.restored", new Object[] { revision }, LocaleContextHolder.getLocale()));
		return "redirect:/portal/articles/" + id;
	}

}
