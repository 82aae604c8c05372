package danvan.emulation.assessment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import danvan.emulation.AssessmentForwarded;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.ReviewStep;
import danvan.org.OrgDirectory;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;

/**
 * Tells the next step's reviewers, or the unit, that an assessment moved: a notice in their platform inbox,
 * written in the same transaction, and mailed after commit when SMTP is configured (spring.mail.host).
 */
@Component
class Notifier {

	private final NotificationService notifications;

	private final MovementService movements;

	private final Recipients recipients;

	private final OrgDirectory org;

	Notifier(NotificationService notifications, MovementService movements, Recipients recipients, OrgDirectory org) {
		this.notifications = notifications;
		this.movements = movements;
		this.recipients = recipients;
		this.org = org;
	}

	@EventListener
	void on(AssessmentForwarded event) {
		Movement movement = movements.get(event.movementId());
		String unitName = org.nameOf(event.unitId()).orElse("");
		String link = "/emulation/movements/" + movement.getId() + "/units/" + event.unitId() + "/assessment";
		Notice notice;
		if (event.step() == 0) {
			notice = Notice.of(recipients.officersOf(event.unitId()), link, "emulation.notify.returned", unitName,
					movement.getName());
		}
		else if (event.step() > movement.getReviewSteps().size()) {
			notice = Notice.of(recipients.officersOf(event.unitId()), link, "emulation.notify.approved", unitName,
					movement.getName());
		}
		else {
			ReviewStep step = movement.step(event.step()).orElseThrow();
			notice = Notice.of(recipients.reviewersOf(step, event.unitId()), link, "emulation.notify.toReview", unitName,
					movement.getName(), step.getName());
		}
		notifications.post(notice.mailed("emulation.notify.subject", movement.getName()).except(event.actor()));
	}

}
