package danvan.portal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.platform.web.DashboardTasks;

/** The portal work waiting on the home dashboard: comments to moderate, articles submitted for publication. */
@Component
class PortalTasks implements DashboardTasks {

	private final ReaderCommentRepository comments;

	private final ArticleRepository articles;

	PortalTasks(ReaderCommentRepository comments, ArticleRepository articles) {
		this.comments = comments;
		this.articles = articles;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasksFor(Actor actor) {
		List<Task> tasks = new ArrayList<>();
		boolean admin = actor.hasRole(Role.ADMIN);
		if (admin || actor.hasRole(Role.MODERATOR)) {
			long pending = comments.countByStatus(CommentStatus.PENDING);
			if (pending > 0) {
				tasks.add(new Task("portal.task.comments", pending, "", "/portal/comments"));
			}
		}
		if (admin || actor.hasRole(Role.EDITOR)) {
			long submitted = articles.countByStatus(ArticleStatus.SUBMITTED);
			if (submitted > 0) {
				tasks.add(new Task("portal.task.submitted", submitted, "", "/portal/articles?status=SUBMITTED"));
			}
		}
		return tasks;
	}

}
