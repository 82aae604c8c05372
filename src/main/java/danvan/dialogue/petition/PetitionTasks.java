package danvan.dialogue.petition;

import java.util.List;

import org.springframework.stereotype.Component;

import danvan.platform.security.Actor;
import danvan.platform.web.DashboardTasks;

/** On the home page: the petitions the person handles that are past their reply date. */
@Component
class PetitionTasks implements DashboardTasks {

	private final PetitionService petitions;

	PetitionTasks(PetitionService petitions) {
		this.petitions = petitions;
	}

	@Override
	public List<Task> tasksFor(Actor actor) {
		long overdue = petitions.overdueHandledBy(actor);
		return overdue == 0 ? List.of()
				: List.of(new Task("dialogue.task.overdue", overdue, "", "/dialogue/petitions?overdue=true"));
	}

}
