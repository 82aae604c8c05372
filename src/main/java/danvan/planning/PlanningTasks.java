package danvan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import danvan.planning.calendar.CalendarService;
import danvan.planning.meeting.MeetingService;
import danvan.platform.security.Actor;
import danvan.platform.web.DashboardTasks;

/**
 * On the home page: conclusion tasks past their due date that the person's units must carry out, and the meetings
 * and trainings of the coming seven days they organise or are invited to.
 */
@Component
class PlanningTasks implements DashboardTasks {

	private final MeetingService meetings;

	private final CalendarService calendar;

	private final PlanningAccess access;

	PlanningTasks(MeetingService meetings, CalendarService calendar, PlanningAccess access) {
		this.meetings = meetings;
		this.calendar = calendar;
		this.access = access;
	}

	@Override
	public List<Task> tasksFor(Actor actor) {
		LocalDate today = meetings.today();
		List<Task> tasks = new ArrayList<>();
		long overdue = meetings.tasksVisibleTo(actor)
			.stream()
			.filter(t -> t.isOverdue(today) && access.canHandle(actor, t.getAssigneeUnitId()))
			.count();
		if (overdue > 0) {
			tasks.add(new Task("planning.dashboard.overdueTasks", overdue, "", "/planning/tasks?overdue=true"));
		}
		long coming = calendar.entries(actor, today, today.plusDays(6), null)
			.stream()
			.filter(e -> e.kind().startsWith("MEETING_") && !e.kind().equals("MEETING_TASK"))
			.count();
		if (coming > 0) {
			tasks.add(new Task("planning.dashboard.comingMeetings", coming, "", "/planning/calendar?view=week&date=" + today));
		}
		return tasks;
	}

}
