package danvan.emulation.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.calendar.Deadline;
import danvan.platform.calendar.DeadlineSource;
import danvan.platform.security.Actor;

/**
 * On the calendar: a running movement's pledge and self-assessment deadlines, for the organiser's readers and
 * those of each participant (a participant sees its own unit's), and its review steps' deadlines for the
 * organiser's readers.
 */
@Component
class MovementDeadlines implements DeadlineSource {

	static final String PLEDGE = "emulation.deadline.pledge";

	static final String SELF_ASSESSMENT = "emulation.deadline.self-assessment";

	static final String REVIEW = "emulation.deadline.review";

	private final MovementRepository movements;

	private final OrgDirectory org;

	MovementDeadlines(MovementRepository movements, OrgDirectory org) {
		this.movements = movements;
		this.org = org;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate to) {
		List<Deadline> found = new ArrayList<>();
		for (Movement m : movements.findAllByOrderByPeriodStartDescIdDesc()) {
			MovementStatus s = m.getStatus();
			if (s == MovementStatus.DRAFT || s == MovementStatus.PUBLISHED || s == MovementStatus.CLOSED) {
				continue;
			}
			String link = "/emulation/movements/" + m.getId();
			boolean organiser = reads(actor, m.getOrganiserUnitId());
			Long unit = organiser ? m.getOrganiserUnitId()
					: m.getParticipants().stream().map(Participant::getUnitId).filter(u -> reads(actor, u)).findFirst().orElse(null);
			if (unit == null) {
				continue;
			}
			if (s == MovementStatus.OPEN && within(m.getPledgeDeadline(), from, to)) {
				found.add(new Deadline("movement-pledge-" + m.getId(), PLEDGE, m.getName(), m.getPledgeDeadline(), unit, link));
			}
			if ((s == MovementStatus.OPEN || s == MovementStatus.SELF_ASSESSMENT) && within(m.getSelfAssessmentDeadline(), from, to)) {
				found.add(new Deadline("movement-self-" + m.getId(), SELF_ASSESSMENT, m.getName(), m.getSelfAssessmentDeadline(), unit,
						link));
			}
			if (organiser && s != MovementStatus.OPEN) {
				for (ReviewStep step : m.getReviewSteps()) {
					if (within(step.getDeadline(), from, to)) {
						found.add(new Deadline("movement-review-" + step.getId(), REVIEW, m.getName() + " — " + step.getName(),
								step.getDeadline(), unit, link));
					}
				}
			}
		}
		return found;
	}

	private boolean reads(Actor actor, Long unitId) {
		return unitId != null && actor.grants().stream().anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return day != null && !day.isBefore(from) && !day.isAfter(to);
	}

}
