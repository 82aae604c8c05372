package danvan.portal.web;

import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.MODERATOR;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.security.Access;
import danvan.platform.web.RuleViolationException;
import danvan.portal.CommentService;
import danvan.portal.CommentStatus;

/** Moderators: the queue of comments by status, with approve / reject / spam for the ticked ones. */
@Controller
class ModerationController {

	private final CommentService comments;

	private final MessageSource messages;

	ModerationController(CommentService comments, MessageSource messages) {
		this.comments = comments;
		this.messages = messages;
	}

	@Access(roles = { MODERATOR, ADMIN })
	@GetMapping("/portal/comments")
	String queue(@RequestParam(defaultValue = "PENDING") CommentStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var queue = comments.queue(status, page);
		model.addAttribute("comments", queue);
		model.addAttribute("titles", queue.getContent()
			.stream()
			.map(c -> c.getArticleId())
			.distinct()
			.collect(java.util.stream.Collectors.toMap(id -> id, comments::articleTitle)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", CommentStatus.values());
		return "portal/moderation";
	}

	@Access(roles = { MODERATOR, ADMIN })
	@PostMapping("/portal/comments")
	String moderate(@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam CommentStatus decision, @RequestParam(defaultValue = "PENDING") CommentStatus status,
			RedirectAttributes redirect) {
		String message;
		try {
			int count = comments.moderate(ids, decision);
			message = messages.getMessage("portal.moderation.done." + decision.name(), new Object[] { count },
					LocaleContextHolder.getLocale());
		}
		catch (RuleViolationException e) {
			message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
		}
		redirect.addFlashAttribute("flash", message);
		redirect.addAttribute("status", status);
		return "redirect:/portal/comments";
	}

}
