package danvan.platform.web;

import java.util.List;

import danvan.platform.security.Actor;

/**
 * What a module puts on the signed-in person's home dashboard: the things waiting for them. Declare a bean in
 * the module; the dashboard asks each one.
 */
public interface DashboardTasks {

	List<Task> tasksFor(Actor actor);

	/**
	 * Things waiting: a message key whose arguments are {@code count} and {@code subject} (a movement's name,
	 * say; may be empty), and the page where they are dealt with.
	 */
	record Task(String messageKey, long count, String subject, String path) {
	}

}
