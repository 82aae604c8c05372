package danvan.portal.web;

import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.EDITOR;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.security.Access;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;
import danvan.portal.Article;
import danvan.portal.ArticleService;
import danvan.portal.ArticleStatus;
import danvan.portal.Category;

/** Editors: the list of articles, the rich-text form and the workflow buttons. */
@Controller
class ArticleEditorController {

	private final ArticleService articles;

	private final MessageSource messages;

	ArticleEditorController(ArticleService articles, MessageSource messages) {
		this.articles = articles;
		this.messages = messages;
	}

	@Access(roles = { EDITOR, ADMIN })
	@GetMapping("/portal/articles")
	String list(@RequestParam(required = false) ArticleStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("articles", articles.list(status, PageRequest.of(Math.max(0, Math.min(page, 10_000)), 20)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ArticleStatus.values());
		return "portal/editor/list";
	}

	@Access(roles = { EDITOR, ADMIN })
	@GetMapping("/portal/articles/new")
	String create(Model model) {
		return form(model, new ArticleForm(), null);
	}

	@Access(roles = { EDITOR, ADMIN })
	@PostMapping("/portal/articles/new")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				Article article = articles.create(form.draft());
				flash(redirect, "portal.editor.done.save");
				return "redirect:/portal/articles/" + article.getId();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(binding, e);
			}
		}
		return form(model, form, null);
	}

	@Access(roles = { EDITOR, ADMIN })
	@GetMapping("/portal/articles/{id}")
	String edit(@PathVariable Long id, Model model) {
		Article article = articles.get(id);
		return form(model, ArticleForm.of(article), article);
	}

	/** Saves the text, then applies the workflow step the editor chose (if any) on the saved version. */
	@Access(roles = { EDITOR, ADMIN })
	@PostMapping("/portal/articles/{id}")
	String update(@PathVariable Long id, @RequestParam(defaultValue = "save") String action,
			@Valid @ModelAttribute("form") ArticleForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Article article = articles.get(id);
		if (!binding.hasErrors()) {
			try {
				Article saved = articles.update(id, form.getVersion(), form.draft());
				saved = switch (action) {
					case "submit" -> articles.submit(id, saved.getVersion());
					case "publish" -> articles.publish(id, saved.getVersion());
					case "unpublish" -> articles.unpublish(id, saved.getVersion());
					case "draft" -> articles.backToDraft(id, saved.getVersion());
					default -> saved;
				};
				flash(redirect, "portal.editor.done." + action);
				return "redirect:/portal/articles/" + saved.getId();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(binding, e);
			}
		}
		return form(model, form, article);
	}

	private void flash(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
	}

	private String form(Model model, ArticleForm form, Article article) {
		model.addAttribute("form", form);
		model.addAttribute("article", article);
		model.addAttribute("categories", Category.values());
		return "portal/editor/form";
	}

}
