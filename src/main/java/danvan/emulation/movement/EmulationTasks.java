package danvan.emulation.movement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.emulation.EmulationAccess;
import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentRepository;
import danvan.emulation.assessment.AssessmentStatus;
import danvan.emulation.assessment.ReviewService;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.web.DashboardTasks;

/**
 * The emulation work waiting for the signed-in person: self-assessments its units still owe, assessments waiting
 * at a review step it acts for, results ready to publish, unread notifications.
 */
@Component
class EmulationTasks implements DashboardTasks {

	private static final Set<AssessmentStatus> OWED_BY_UNIT = EnumSet.of(AssessmentStatus.DRAFT, AssessmentStatus.RETURNED);

	private final MovementRepository movements;

	private final AssessmentRepository assessments;

	private final ReviewService reviews;

	private final EmulationAccess access;

	private final NotificationService notifications;

	EmulationTasks(MovementRepository movements, AssessmentRepository assessments, ReviewService reviews,
			EmulationAccess access, NotificationService notifications) {
		this.movements = movements;
		this.assessments = assessments;
		this.reviews = reviews;
		this.access = access;
		this.notifications = notifications;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasksFor(Actor actor) {
		List<Task> tasks = new ArrayList<>();
		for (Movement movement : movements.findAllByOrderByPeriodStartDescIdDesc()) {
			if (movement.getStatus() == MovementStatus.SELF_ASSESSMENT || movement.getStatus() == MovementStatus.REVIEW) {
				tasksOf(actor, movement, tasks);
			}
		}
		long unread = notifications.unread(actor);
		if (unread > 0) {
			tasks.add(new Task("emulation.task.notifications", unread, "", "/notifications"));
		}
		return tasks;
	}

	private void tasksOf(Actor actor, Movement movement, List<Task> tasks) {
		List<Assessment> all = assessments.findByMovementId(movement.getId());
		Map<Long, AssessmentStatus> statusOf = new HashMap<>();
		all.forEach(a -> statusOf.put(a.getUnitId(), a.getStatus()));
		String page = "/emulation/movements/" + movement.getId();
		long owed = movement.getParticipants()
			.stream()
			.filter(p -> access.canActFor(actor, p.getUnitId()))
			.map(p -> statusOf.get(p.getUnitId()))
			.filter(status -> status == null ? movement.getStatus() == MovementStatus.SELF_ASSESSMENT
					: OWED_BY_UNIT.contains(status))
			.count();
		if (owed > 0) {
			tasks.add(new Task("emulation.task.selfAssess", owed, movement.getName(), page));
		}
		long toReview = all.stream().filter(a -> reviews.canReview(actor, movement, a)).count();
		if (toReview > 0) {
			tasks.add(new Task("emulation.task.review", toReview, movement.getName(), page + "/assessments"));
		}
		boolean allApproved = !all.isEmpty() && all.size() == movement.getParticipants().size()
				&& all.stream().allMatch(a -> a.getStatus() == AssessmentStatus.APPROVED);
		if (movement.getStatus() == MovementStatus.REVIEW && allApproved
				&& access.canManage(actor, movement.getOrganiserUnitId())) {
			tasks.add(new Task("emulation.task.publish", all.size(), movement.getName(), page + "/results"));
		}
	}

}
